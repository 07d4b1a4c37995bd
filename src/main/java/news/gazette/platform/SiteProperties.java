package news.gazette.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code gazette.site.*} properties (or {@code GAZETTE_SITE_*} environment variables): the site's settings until
 * the Settings page saves others. {@link SiteSettings} checks them.
 */
@ConfigurationProperties("gazette.site")
record SiteProperties(@DefaultValue("Gazette") String title,
                      @DefaultValue("News as it happens") String tagline,
                      @DefaultValue("http://localhost:8080") String baseUrl,
                      @DefaultValue("UTC") String timezone,
                      @DefaultValue("F j, Y") String dateFormat,
                      @DefaultValue("g:i a") String timeFormat,
                      @DefaultValue("10") int articlesPerPage,
                      @DefaultValue("en") String language) {
}
