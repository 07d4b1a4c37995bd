package news.gazette.newsroom;

import java.security.Principal;

import org.springframework.stereotype.Component;

import news.gazette.media.Uploader;

/**
 * The signed-in person as the media library's rules see them: their uploads carry their email, and administrators and
 * editors, who change anyone's articles, change anyone's images too (as WordPress treats attachments).
 */
@Component
class Uploaders {

    private final NewsroomChromes chromes;

    Uploaders(NewsroomChromes chromes) {
        this.chromes = chromes;
    }

    Uploader of(Principal principal) {
        var account = chromes.account(principal);
        return new Uploader(account.email(), account.role().editsAnyonesArticles());
    }
}
