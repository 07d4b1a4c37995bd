package news.gazette.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The media library's front door. An upload is taken only if its bytes are a JPEG, PNG, GIF or WebP image (the
 * file's name and declared type are never asked), no larger than {@code gazette.media.max-bytes}, of sane pixel
 * dimensions, readable whole, and described by alt text. Otherwise nothing is stored and the errors say what is
 * wrong, by form field: "file" or "alt". The same bytes uploaded again are kept once: the earlier image is answered.
 * Decoding and resizing happen before the transaction: on SQLite a transaction holds the write lock from its start.
 * Changing and deleting images already in the library is {@link MediaEditing}'s.
 */
@Service
public class Media {

    static final int MAX_ALT_LENGTH = 500;

    private final MediaStore store;
    private final MediaFiles files;
    private final MediaSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Media(MediaStore store, MediaFiles files, MediaSettings settings, Clock clock,
          PlatformTransactionManager transactions) {
        this.store = store;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
        this.transaction = transactions == null ? null : new TransactionTemplate(transactions);
    }

    /** Checks and stores an image with its smaller copies; {@code uploadedBy} is recorded as who did it. */
    public UploadOutcome upload(byte[] bytes, String alt, String uploadedBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        String description = alt == null ? "" : alt.strip();
        var type = ImageType.of(bytes == null ? new byte[0] : bytes);
        ImageDecoder.Decoded decoded = null;
        if (bytes == null || bytes.length == 0) {
            errors.put("file", "Choose an image file to upload.");
        } else if (bytes.length > settings.maxBytes().toBytes()) {
            errors.put("file", "The file is too large: images up to " + megabytes() + " can be uploaded.");
        } else if (type.isEmpty()) {
            errors.put("file", "The file must be a JPEG, PNG, GIF or WebP image.");
        } else {
            decoded = ImageDecoder.decode(bytes, type.get(), settings.maxPixels());
            if (decoded.problem() != null) {
                errors.put("file", decoded.problem());
            }
        }
        altProblem(description).ifPresent(problem -> errors.put("alt", problem));
        if (!errors.isEmpty()) {
            return UploadOutcome.rejected(errors);
        }
        return UploadOutcome.of(store(bytes, type.get(), decoded, description, uploadedBy));
    }

    /** The image with this id, if there is one. */
    public Optional<MediaItem> find(long id) {
        return store.find(id);
    }

    /** The images with these ids, by id; an id of no image (never uploaded, or deleted) is left out. */
    public Map<Long, MediaItem> findAll(Collection<Long> ids) {
        var found = new LinkedHashMap<Long, MediaItem>();
        store.findAll(ids.stream().distinct().toList()).forEach(item -> found.put(item.id(), item));
        return found;
    }

    /** The most recent images, newest first; empty when nothing has been uploaded. */
    public List<MediaItem> list(int limit) {
        return store.list(limit);
    }

    private MediaItem store(byte[] bytes, ImageType type, ImageDecoder.Decoded decoded, String alt, String uploadedBy) {
        String hash = hash(bytes);
        String name = hash + "." + type.extension();
        var earlier = store.findByName(name);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // the files first: a row never names a missing file, and a file left by a failed insert is only unused
        files.write(name, bytes);
        var variants = new ArrayList<Variant>();
        for (var copy : Resizer.copies(decoded.image())) {
            var variant = new Variant(hash + "-" + copy.width() + "w." + copy.type().extension(),
                    copy.type().contentType(), copy.width(), copy.height(), copy.bytes().length);
            files.write(variant.name(), copy.bytes());
            variants.add(variant);
        }
        try {
            return transaction.execute(status -> {
                var stored = store.findByName(name);
                if (stored.isPresent()) {
                    return stored.get();
                }
                long id = store.insert(name, type.contentType(), decoded.image().getWidth(),
                        decoded.image().getHeight(), bytes.length, alt, uploadedBy, clock.instant());
                variants.forEach(variant -> store.insertVariant(id, variant));
                return store.find(id).orElseThrow();
            });
        } catch (org.springframework.dao.DuplicateKeyException sameImageAtTheSameMoment) {
            // on PostgreSQL two uploads of one image can both pass the check above; the second gets the first's row
            return store.findByName(name).orElseThrow();
        }
    }

    /** What is wrong with an image's alt text (already stripped), if anything: it is required, and not endless. */
    static Optional<String> altProblem(String alt) {
        if (alt.isEmpty()) {
            return Optional.of("Describe the image for readers who cannot see it.");
        }
        if (alt.length() > MAX_ALT_LENGTH) {
            return Optional.of("Keep the description under " + MAX_ALT_LENGTH + " characters.");
        }
        return Optional.empty();
    }

    private String megabytes() {
        var limit = settings.maxBytes();
        return limit.toMegabytes() > 0 ? limit.toMegabytes() + " MB" : limit.toKilobytes() + " KB";
    }

    /** The first 128 bits of SHA-256, as hex: the file's name, so no two images share one. */
    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
