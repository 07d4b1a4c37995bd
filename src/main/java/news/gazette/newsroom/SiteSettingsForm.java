package news.gazette.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import news.gazette.platform.SiteSettings;

/** What the Settings page's "Site" form posts, as typed. */
public record SiteSettingsForm(String title, String tagline, String baseUrl, String timezone, String dateFormat,
                               String timeFormat, String articlesPerPage) {

    public SiteSettingsForm {
        title = Objects.toString(title, "");
        tagline = Objects.toString(tagline, "");
        baseUrl = Objects.toString(baseUrl, "");
        timezone = Objects.toString(timezone, "");
        dateFormat = Objects.toString(dateFormat, "");
        timeFormat = Objects.toString(timeFormat, "");
        articlesPerPage = Objects.toString(articlesPerPage, "");
    }

    static SiteSettingsForm of(SiteSettings site) {
        return new SiteSettingsForm(site.title(), site.tagline(), site.baseUrl(), site.zone().getId(),
                site.dateFormat(), site.timeFormat(), Integer.toString(site.articlesPerPage()));
    }

    Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("tagline", tagline);
        fields.put("baseUrl", baseUrl);
        fields.put("timezone", timezone);
        fields.put("dateFormat", dateFormat);
        fields.put("timeFormat", timeFormat);
        fields.put("articlesPerPage", articlesPerPage);
        return fields;
    }
}
