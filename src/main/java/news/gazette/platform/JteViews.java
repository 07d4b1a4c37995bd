package news.gazette.platform;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders JTE templates precompiled at build time. A view name "site/article" is the template
 * {@code src/main/jte/site/article.jte}; the model carries one page record under {@link #PAGE}, which becomes
 * the template's single parameter. Pages are rendered to bytes first, so the response has an exact length
 * and a cache can keep the very bytes the reader got.
 */
@Component
public class JteViews implements ViewResolver, Ordered {

    /** The model attribute that holds the page record. */
    public static final String PAGE = "page";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Map<String, View> views = new ConcurrentHashMap<>();

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            return null;
        }
        return views.computeIfAbsent(viewName, name -> templates.hasTemplate(name + ".jte") ? new JteView(name + ".jte") : null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private final class JteView implements View {

        private final String template;

        JteView(String template) {
            this.template = template;
        }

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            var output = new Utf8ByteOutput();
            templates.render(template, model.get(PAGE), output);
            response.setContentType(getContentType());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
