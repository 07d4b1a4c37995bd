package news.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** The checks an upload goes through, and the copies made of it, without Spring or a database. */
class MediaTests {

    private final Media media = new Media(null, null, new MediaSettings(DataSize.ofKilobytes(200), 40_000_000L),
            Clock.systemUTC(), null);

    @Test
    void tellsTheTypeFromTheBytes() {
        assertThat(ImageType.of(TestImages.jpeg(10, 10))).contains(ImageType.JPEG);
        assertThat(ImageType.of(TestImages.png(10, 10))).contains(ImageType.PNG);
        assertThat(ImageType.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(ImageType.GIF);
        assertThat(ImageType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains(ImageType.WEBP);
        assertThat(ImageType.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<?php system($_GET['c']); ?>", "<html><script>alert(1)</script></html>",
            "alert(document.cookie)", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "GIF8"})
    void rejectsAScriptRenamedAsAnImage(String script) {
        var outcome = media.upload(script.getBytes(StandardCharsets.UTF_8), "A photo", "author@example.com");

        assertThat(outcome.isStored()).isFalse();
        assertThat(outcome.errors()).containsEntry("file", "The file must be a JPEG, PNG, GIF or WebP image.");
    }

    @Test
    void rejectsATruncatedJpegCleanly() {
        byte[] whole = TestImages.jpeg(400, 300);
        for (int length : List.of(4, 40, whole.length / 2, whole.length - 10)) {
            var outcome = media.upload(Arrays.copyOf(whole, length), "A photo", "author@example.com");
            assertThat(outcome.errors()).as("cut at %d bytes", length)
                    .containsEntry("file", "The file is damaged or incomplete and could not be read as an image.");
        }
    }

    @Test
    void rejectsAFileOverTheLimit() {
        byte[] big = Arrays.copyOf(TestImages.jpeg(10, 10), 201 * 1024);

        assertThat(media.upload(big, "A photo", "author@example.com").errors())
                .containsEntry("file", "The file is too large: images up to 200 KB can be uploaded.");
    }

    @Test
    void rejectsAHugePictureInASmallFileBeforeDecodingIt() {
        var strict = new Media(null, null, new MediaSettings(DataSize.ofMegabytes(10), 1_000_000L), Clock.systemUTC(), null);

        assertThat(strict.upload(TestImages.png(2000, 600), "Wide", "a@example.com").errors().get("file"))
                .startsWith("The image is too large in pixels");
    }

    @Test
    void requiresAltTextAndReportsEveryProblemAtOnce() {
        var outcome = media.upload("not an image".getBytes(StandardCharsets.UTF_8), "  ", "a@example.com");

        assertThat(outcome.errors()).containsOnlyKeys("file", "alt");
        assertThat(outcome.errors().get("alt")).isEqualTo("Describe the image for readers who cannot see it.");
    }

    @Test
    void makesCopiesNarrowerThanTheOriginalOnly() throws Exception {
        var image = ImageIO.read(new java.io.ByteArrayInputStream(TestImages.jpeg(1200, 800)));

        var copies = Resizer.copies(image);

        assertThat(copies).extracting(Resizer.Copy::width).containsExactly(480, 960);
        assertThat(copies).extracting(Resizer.Copy::height).containsExactly(320, 640);
        assertThat(copies).extracting(Resizer.Copy::type).containsOnly(ImageType.JPEG);
        var decoded = ImageIO.read(new java.io.ByteArrayInputStream(copies.get(1).bytes()));
        assertThat(decoded.getWidth()).isEqualTo(960);
        assertThat(Resizer.copies(ImageIO.read(new java.io.ByteArrayInputStream(TestImages.jpeg(300, 200))))).isEmpty();
    }

    @Test
    void keepsTransparencyInPngCopies() throws Exception {
        var image = ImageIO.read(new java.io.ByteArrayInputStream(TestImages.png(1000, 500)));

        assertThat(Resizer.copies(image)).extracting(Resizer.Copy::type).containsExactly(ImageType.PNG, ImageType.PNG);
    }

    @Test
    void srcsetListsTheCopiesThenTheOriginal() {
        var item = new MediaItem(1, "ab.jpg", "image/jpeg", 1200, 800, 1000, "Cranes [at] dusk", "", "a@example.com",
                Instant.EPOCH, List.of(new Variant("ab-480w.jpg", "image/jpeg", 480, 320, 100),
                new Variant("ab-960w.jpg", "image/jpeg", 960, 640, 200)));

        assertThat(item.srcset()).isEqualTo("/media/ab-480w.jpg 480w, /media/ab-960w.jpg 960w, /media/ab.jpg 1200w");
        assertThat(item.markdown()).isEqualTo("![Cranes \\[at\\] dusk](/media/ab.jpg)");
        assertThat(item.thumbnailUrl()).isEqualTo("/media/ab-480w.jpg");
        assertThat(item.thumbnailWidth()).isEqualTo(480);
        assertThat(item.thumbnailHeight()).isEqualTo(320);
    }

    @Test
    void anImageTooSmallToShrinkIsItsOwnThumbnail() {
        var item = new MediaItem(1, "ab.png", "image/png", 300, 200, 1000, "A small icon", "", "a@example.com",
                Instant.EPOCH, List.of());

        assertThat(item.srcset()).isEqualTo("/media/ab.png 300w");
        assertThat(item.thumbnailUrl()).isEqualTo("/media/ab.png");
        assertThat(item.thumbnailWidth()).isEqualTo(300);
        assertThat(item.thumbnailHeight()).isEqualTo(200);
    }
}
