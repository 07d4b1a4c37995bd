package news.gazette.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A commenter's picture, drawn here from their avatar key: a symmetric 5×5 pattern in one colour, as an SVG.
 * Made locally, so no outside service ever learns who comments where, and the same key always draws the same.
 */
final class Avatar {

    private Avatar() {
    }

    static String svg(String key) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int hue = ((hash[0] & 0xff) << 8 | (hash[1] & 0xff)) % 360;
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 5 5\" width=\"48\" height=\"48\" "
                + "shape-rendering=\"crispEdges\"><rect width=\"5\" height=\"5\" fill=\"hsl(" + hue + ",40%,92%)\"/>"
                + "<g fill=\"hsl(" + hue + ",55%,38%)\">");
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 3; column++) {
                if ((hash[2 + row * 3 + column] & 1) == 1) {
                    svg.append("<rect x=\"").append(column).append("\" y=\"").append(row).append("\" width=\"1\" height=\"1\"/>");
                    if (column < 2) {
                        svg.append("<rect x=\"").append(4 - column).append("\" y=\"").append(row)
                                .append("\" width=\"1\" height=\"1\"/>");
                    }
                }
            }
        }
        return svg.append("</g></svg>").toString();
    }
}
