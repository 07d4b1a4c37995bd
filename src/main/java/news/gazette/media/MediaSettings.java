package news.gazette.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploads. {@code gazette.media.max-bytes} is the largest file taken (the multipart limits in
 * application.properties follow it); {@code max-pixels} refuses images that are small files but huge pictures,
 * read from the header before anything is decoded.
 */
@ConfigurationProperties("gazette.media")
record MediaSettings(DataSize maxBytes, Long maxPixels) {

    MediaSettings {
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(10) : maxBytes;
        maxPixels = maxPixels == null ? 40_000_000L : maxPixels;
    }
}
