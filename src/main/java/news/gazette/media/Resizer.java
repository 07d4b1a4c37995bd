package news.gazette.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * Makes the smaller copies of an image for {@code srcset}: one per width narrower than the original, never larger.
 * JPEG, or PNG when the image has transparency, which JPEG cannot keep.
 */
final class Resizer {

    static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    /** A copy made, not yet stored. */
    record Copy(int width, int height, ImageType type, byte[] bytes) {
    }

    private Resizer() {
    }

    static List<Copy> copies(BufferedImage original) {
        return WIDTHS.stream().filter(width -> width < original.getWidth())
                .map(width -> copy(original, width)).toList();
    }

    static Copy copy(BufferedImage original, int width) {
        int height = Math.max(1, (int) Math.round((double) original.getHeight() * width / original.getWidth()));
        boolean transparent = original.getColorModel().hasAlpha();
        var scaled = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(original, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return transparent ? new Copy(width, height, ImageType.PNG, png(scaled))
                : new Copy(width, height, ImageType.JPEG, jpeg(scaled));
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
