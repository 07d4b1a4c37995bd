package news.gazette.newsroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.FieldErrors;
import news.gazette.media.Media;
import news.gazette.platform.JteViews;

/**
 * The media library: the list and the upload form; one image's page is {@link MediaEditController}'s. The upload is
 * one call into the media module, which checks the file; a refusal is answered
 * 422 with the alt text as typed. Sign-in, the roles that may upload and the CSRF token are checked before any of
 * this runs (see accounts.SecurityConfiguration).
 */
@Controller
class MediaLibraryController {

    private static final int SHOWN = 100;

    private final Media media;
    private final NewsroomChromes chromes;
    private final Uploaders uploaders;
    private final String maxSize;

    MediaLibraryController(Media media, NewsroomChromes chromes, Uploaders uploaders,
                           @Value("${gazette.media.max-bytes:10MB}") DataSize maxBytes) {
        this.media = media;
        this.chromes = chromes;
        this.uploaders = uploaders;
        this.maxSize = maxBytes.toMegabytes() > 0 ? maxBytes.toMegabytes() + " MB" : maxBytes.toKilobytes() + " KB";
    }

    @GetMapping("/newsroom/media/")
    ModelAndView showLibrary(@RequestParam(required = false) Long uploaded,
                             @RequestParam(required = false) String deleted, Principal principal, CsrfToken csrf) {
        var justUploaded = uploaded == null ? null : media.find(uploaded).orElse(null);
        return view(principal, csrf, "", FieldErrors.none(), justUploaded, deleted == null ? null : "Image deleted.",
                HttpStatus.OK);
    }

    @PostMapping("/newsroom/media/")
    ModelAndView uploadImage(@RequestParam(required = false) MultipartFile file,
                             @RequestParam(defaultValue = "") String alt, Principal principal, CsrfToken csrf) {
        var outcome = media.upload(bytes(file), alt, principal.getName());
        if (outcome.isStored()) {
            return NewsroomAdvice.seeOther("/newsroom/media/?uploaded=" + outcome.stored().id());
        }
        return view(principal, csrf, alt, new FieldErrors(outcome.errors()), null, null,
                HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private ModelAndView view(Principal principal, CsrfToken csrf, String alt, FieldErrors errors,
                              news.gazette.media.MediaItem uploaded, String notice, HttpStatus status) {
        var uploader = uploaders.of(principal);
        var entries = media.list(SHOWN).stream()
                .map(item -> new MediaLibraryPage.Entry(item, uploader.mayChange(item))).toList();
        var page = new MediaLibraryPage(chromes.chrome(principal, csrf, "media"), alt, errors, uploaded, entries,
                maxSize, notice);
        return new ModelAndView("newsroom/media/library", java.util.Map.of(JteViews.PAGE, page), status);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
