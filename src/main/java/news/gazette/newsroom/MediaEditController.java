package news.gazette.newsroom;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.FieldErrors;
import news.gazette.media.Media;
import news.gazette.media.MediaEditing;
import news.gazette.media.MediaNotFound;
import news.gazette.platform.JteViews;
import news.gazette.platform.SiteSettings;

/**
 * One image of the media library: change its alt text and caption, or delete it. Each action is one call into the
 * media module, which decides who may: a refusal answers 403 (not theirs) or 409 (still used, the uses named), field
 * errors 422 with what was typed, an unknown image 404.
 */
@Controller
class MediaEditController {

    private final Media media;
    private final MediaEditing editing;
    private final Uploaders uploaders;
    private final NewsroomChromes chromes;
    private final SiteSettings site;

    MediaEditController(Media media, MediaEditing editing, Uploaders uploaders, NewsroomChromes chromes,
                        SiteSettings site) {
        this.media = media;
        this.editing = editing;
        this.uploaders = uploaders;
        this.chromes = chromes;
        this.site = site;
    }

    @GetMapping("/newsroom/media/{id}/edit")
    ModelAndView showImage(@PathVariable long id, @RequestParam(required = false) String done, Principal principal,
                           CsrfToken csrf) {
        var image = media.find(id).orElseThrow(() -> new MediaNotFound(id));
        boolean changeable = uploaders.of(principal).mayChange(image);
        return view(page(principal, csrf, id, image.alt(), image.caption(), FieldErrors.none(),
                changeable ? null : MediaEditing.NOT_YOURS, "save".equals(done) ? "Saved." : null),
                changeable ? HttpStatus.OK : HttpStatus.FORBIDDEN);
    }

    @PostMapping("/newsroom/media/{id}/edit")
    ModelAndView describeImage(@PathVariable long id, @RequestParam(defaultValue = "") String alt,
                               @RequestParam(defaultValue = "") String caption, Principal principal, CsrfToken csrf) {
        var outcome = editing.describe(uploaders.of(principal), id, alt, caption);
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther("/newsroom/media/" + id + "/edit?done=save");
        }
        return view(page(principal, csrf, id, alt, caption, new FieldErrors(outcome.errors()), outcome.refusal(), null),
                outcome.isRefused() ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @PostMapping("/newsroom/media/{id}/delete")
    ModelAndView deleteImage(@PathVariable long id, Principal principal, CsrfToken csrf) {
        var uploader = uploaders.of(principal);
        var outcome = editing.delete(uploader, id);
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther("/newsroom/media/?deleted");
        }
        var image = media.find(id).orElseThrow(() -> new MediaNotFound(id));
        return view(page(principal, csrf, id, image.alt(), image.caption(), FieldErrors.none(), outcome.refusal(), null),
                uploader.mayChange(image) ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(MediaNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private MediaEditPage page(Principal principal, CsrfToken csrf, long id, String alt, String caption,
                               FieldErrors errors, String problem, String notice) {
        var image = media.find(id).orElseThrow(() -> new MediaNotFound(id));
        boolean changeable = uploaders.of(principal).mayChange(image);
        return new MediaEditPage(chromes.chrome(principal, csrf, "media"), image, alt, caption, errors, problem, notice,
                site.formatDate(image.createdAt()), changeable ? editing.usesOf(image) : java.util.List.of(),
                changeable);
    }

    private static ModelAndView view(MediaEditPage page, HttpStatus status) {
        return new ModelAndView("newsroom/media/edit", Map.of(JteViews.PAGE, page), status);
    }
}
