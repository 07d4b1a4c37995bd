package news.gazette.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** A finished page: its headers, its body, the same body gzipped, and an ETag naming that body. */
record CachedPage(Map<String, List<String>> headers, byte[] body, byte[] gzipped, String etag) {

    static CachedPage of(Map<String, List<String>> headers, byte[] body) {
        return new CachedPage(Map.copyOf(headers), body, gzip(body), etagOf(body));
    }

    /** The gzipped body is another representation, so it has an ETag of its own. */
    String gzippedEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    int weight() {
        return body.length + gzipped.length + 512;
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
