package news.gazette.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing public lives at the requested address; answered with the not-found page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFound extends RuntimeException {

    PageNotFound() {
        super(null, null, false, false);
    }
}
