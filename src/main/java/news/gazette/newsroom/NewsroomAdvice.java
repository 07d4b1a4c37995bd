package news.gazette.newsroom;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import news.gazette.publishing.ArticleNotFound;
import news.gazette.publishing.TermNotFound;

/**
 * Answers shared by the article, category, tag and author pages. An article or author profile the writer may not
 * open is not found, as if it did not exist, so trying ids tells an author nothing about others' work.
 */
@ControllerAdvice(assignableTypes = {EditorController.class, RevisionController.class, CategoryDeskController.class,
        TagDeskController.class, AuthorDeskController.class})
class NewsroomAdvice {

    @ExceptionHandler({ArticleNotFound.class, TermNotFound.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    static ModelAndView seeOther(String location) {
        var redirect = new RedirectView(location, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
