package news.gazette.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's first frame with javax.imageio (WebP through TwelveMonkeys' plugin). The size in pixels comes
 * from the header and is checked before any pixel is decoded, so a small file cannot make a huge picture in memory.
 * Damaged files are refused: the JDK's JPEG reader only warns about a truncated file and fills the rest with grey.
 */
final class ImageDecoder {

    /** A decoded image, or why the bytes are not one. */
    record Decoded(BufferedImage image, String problem) {
    }

    private ImageDecoder() {
    }

    static Decoded decode(byte[] bytes, ImageType type, long maxPixels) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReadersByFormatName(type.imageIoFormat());
            if (!readers.hasNext()) {
                return new Decoded(null, "Images of this type cannot be read here.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1 || pixels > maxPixels) {
                    return new Decoded(null, "The image is too large in pixels: up to " + maxPixels / 1_000_000
                            + " megapixels can be uploaded.");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty() || image == null) {
                    return unreadable();
                }
                return new Decoded(image, null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // readers throw all sorts on hostile input (IIOException, IndexOutOfBounds, IllegalArgument...)
            return unreadable();
        }
    }

    private static Decoded unreadable() {
        return new Decoded(null, "The file is damaged or incomplete and could not be read as an image.");
    }
}
