package news.gazette.site;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's icon at the address browsers and feed readers ask for without being told, {@code /favicon.ico}.
 * Pages also name the SVG version under {@code /assets/}, which modern browsers prefer.
 */
@Controller
class SiteIconController {

    private static final Resource ICON = new ClassPathResource("static/favicon.ico");
    private static final MediaType ICO = MediaType.parseMediaType("image/vnd.microsoft.icon");

    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> icon() {
        return ResponseEntity.ok()
                .contentType(ICO)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(ICON);
    }
}
