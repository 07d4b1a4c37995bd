package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import news.gazette.GazetteApplication;
import news.gazette.TestDataDirectory;

/** The first start of a fresh install, and the second: one administrator, one printed password, no default. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

    @Test
    void firstStartPrintsAPasswordOnceThatSignsIn(CapturedOutput output) throws Exception {
        Path dataDir = TestDataDirectory.create("first-start");
        String password;
        try (var app = start(dataDir)) {
            var matcher = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(matcher.find()).as("a password in the log").isTrue();
            password = matcher.group(1);
            assertThat(password).hasSize(20);
            assertThat(output.getOut()).contains("email:    admin@example.com");

            assertThat(signIn(port(app), "admin@example.com", "wrong-password")).doesNotContain("Signed in as");
            assertThat(signIn(port(app), "Admin@Example.com", password)).contains("Signed in as Administrator");
        }
        int printedBefore = output.getOut().split("Gazette created the administrator account", -1).length;

        try (var app = start(dataDir)) {
            assertThat(output.getOut().split("Gazette created the administrator account", -1)).hasSize(printedBefore);
            assertThat(signIn(port(app), "admin@example.com", password)).contains("Signed in as Administrator");
            var front = Jsoup.connect("http://localhost:" + port(app) + "/").get();
            assertThat(front.select(".card-title")).as("demo content filed once").hasSize(7);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(GazetteApplication.class)
                .run("--server.port=0", "--gazette.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Signs in through the real form, CSRF token and all; returns the page the browser lands on. */
    private static String signIn(int port, String email, String password) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/newsroom/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").attr("value");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        var landed = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(landed.body()).text();
    }
}
