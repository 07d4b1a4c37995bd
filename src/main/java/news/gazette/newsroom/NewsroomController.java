package news.gazette.newsroom;

import java.security.Principal;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.platform.JteViews;

@Controller
class NewsroomController {

    private final NewsroomChromes chromes;

    NewsroomController(NewsroomChromes chromes) {
        this.chromes = chromes;
    }

    @GetMapping("/newsroom/")
    ModelAndView showHome(Principal principal, CsrfToken csrf) {
        var page = new NewsroomHomePage(chromes.chrome(principal, csrf, "home"), chromes.account(principal).email());
        return new ModelAndView("newsroom/home", JteViews.PAGE, page);
    }
}
