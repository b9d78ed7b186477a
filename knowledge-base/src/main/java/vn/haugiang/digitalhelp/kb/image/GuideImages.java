package vn.haugiang.digitalhelp.kb.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;

/**
 * The guide images, in the GridFS bucket {@code guide_images} (collections {@code guide_images.files} and
 * {@code guide_images.chunks}), each under the id derived from its bytes (its GridFS file name). Images
 * are never changed nor deleted, so every version of every guide keeps its pictures; what was read once
 * is kept in memory (bounded).
 */
@Component
public class GuideImages {

    public static final String BUCKET = "guide_images";
    /** An image id: the first 128 bits of the SHA-256 of the stored bytes, in hex. */
    public static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final long CONTENT_CACHE_BYTES = 32L << 20;

    private final GridFSBucket bucket;
    private final Cache<String, GuideImage> described = Caffeine.newBuilder().maximumSize(10_000).build();
    private final Cache<String, byte[]> contents = Caffeine.newBuilder()
            .maximumWeight(CONTENT_CACHE_BYTES)
            .<String, byte[]>weigher((id, bytes) -> bytes.length)
            .build();

    public GuideImages(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
    }

    /** Stores the image unless the same bytes are stored already; either way returns it. */
    public GuideImage save(PreparedImage image) {
        String id = idOf(image.bytes());
        Optional<GuideImage> stored = find(id);
        if (stored.isPresent()) {
            return stored.get();
        }
        // A GridFS id of its own (not the image id): two editors storing the same picture at once cannot
        // clash, and whichever copy is found first serves.
        Document metadata = new Document("contentType", image.format().contentType())
                .append("width", image.width())
                .append("height", image.height());
        try (InputStream bytes = new ByteArrayInputStream(image.bytes())) {
            bucket.uploadFromStream(id, bytes, new GridFSUploadOptions().metadata(metadata));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return find(id).orElseThrow(() -> new IllegalStateException("Image " + id + " vanished after storing"));
    }

    public Optional<GuideImage> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        GuideImage known = described.getIfPresent(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<GuideImage> found = file(id).map(GuideImages::described);
        found.ifPresent(image -> described.put(id, image));
        return found;
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    /** The stored bytes of the image. */
    public Optional<byte[]> content(String id) {
        if (find(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(contents.get(id, this::download));
    }

    public static String idOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private Optional<GridFSFile> file(String id) {
        return Optional.ofNullable(bucket.find(Filters.eq("filename", id)).first());
    }

    private byte[] download(String id) {
        GridFSFile file = file(id).orElseThrow();
        try (InputStream in = bucket.openDownloadStream(file.getObjectId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GuideImage described(GridFSFile file) {
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        ImageFormat format = ImageFormat.ofContentType(metadata.getString("contentType")).orElse(ImageFormat.PNG);
        return new GuideImage(file.getFilename(), format, metadata.getInteger("width", 0),
                metadata.getInteger("height", 0), file.getLength());
    }
}
