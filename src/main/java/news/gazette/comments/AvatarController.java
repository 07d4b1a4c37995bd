package news.gazette.comments;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AvatarController {

    @GetMapping("/avatar/{key:[A-Za-z0-9_-]{22}}.svg")
    ResponseEntity<String> showAvatar(@PathVariable String key) {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable())
                .body(Avatar.svg(key));
    }
}
