package news.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GazetteApplication.class);

    @Test
    void verifiesModularStructure() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramNamingEveryModule() throws Exception {
        Path folder = Path.of("target", "modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeModulesAsPlantUml();
        String diagram = Files.readString(folder.resolve("components.puml"));
        assertThat(diagram).contains("Platform", "Publishing", "Comments", "Site", "Accounts", "Newsroom");
    }
}
