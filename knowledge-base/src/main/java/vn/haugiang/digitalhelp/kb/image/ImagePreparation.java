package vn.haugiang.digitalhelp.kb.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Turns an editor's upload into a guide image, or refuses it with a reason the editor can act on. The type
 * comes from the bytes; the size in pixels is read from the header before anything is decoded, so a small
 * file that would unpack into gigabytes is refused at once; the picture is then decoded, turned upright
 * (EXIF orientation), scaled down to the longest side allowed and written afresh, which leaves every
 * piece of metadata (EXIF with place and phone model) behind. PNG and WebP become PNG (sharp text in
 * screenshots), JPEG stays JPEG.
 */
@Component
public class ImagePreparation {

    private static final double JPEG_QUALITY = 0.85;

    private final ImageProperties limits;

    public ImagePreparation(ImageProperties limits) {
        this.limits = limits;
        // ImageIO found its plugins when first used, perhaps before the WebP reader's jar was on the class path.
        ImageIO.scanForPlugins();
    }

    /** @throws ImageRefusedException when the upload is empty, too large, not one of our formats, a bomb or broken */
    public PreparedImage prepare(byte[] upload) {
        ImageFormat format = checkedFormat(upload);
        Dimensions declared = dimensions(upload, format);
        if (declared.pixels() > limits.maxPixels()) {
            throw new ImageRefusedException("Ảnh có kích thước quá lớn (" + declared + " điểm ảnh); hãy dùng ảnh nhỏ hơn "
                    + limits.maxPixels() / 1_000_000 + " triệu điểm ảnh.");
        }
        ImageFormat stored = format == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.Builder<?> picture = Thumbnails.of(new ByteArrayInputStream(upload));
            if (declared.longestSide() > limits.maxSide()) {
                picture.size(limits.maxSide(), limits.maxSide());
            } else {
                picture.scale(1.0);
            }
            picture.outputFormat(stored == ImageFormat.JPEG ? "jpg" : "png");
            if (stored == ImageFormat.JPEG) {
                picture.outputQuality(JPEG_QUALITY);
            }
            picture.toOutputStream(out);
        } catch (IOException | RuntimeException broken) {
            throw unreadable();
        }
        byte[] bytes = out.toByteArray();
        Dimensions size = dimensions(bytes, stored);
        return new PreparedImage(bytes, stored, size.width(), size.height());
    }

    /**
     * Checks an image exported earlier (already prepared) before it is stored again as it is.
     *
     * @throws ImageRefusedException when it is not one of our formats, larger than a prepared image may be, or broken
     */
    public PreparedImage checkPrepared(byte[] bytes) {
        ImageFormat format = checkedFormat(bytes);
        Dimensions size = dimensions(bytes, format);
        if (size.longestSide() > limits.maxSide()) {
            throw new ImageRefusedException("Ảnh " + size + " điểm ảnh lớn hơn cỡ ảnh đã được xử lý (tối đa "
                    + limits.maxSide() + " điểm ảnh mỗi cạnh).");
        }
        return new PreparedImage(bytes, format, size.width(), size.height());
    }

    private ImageFormat checkedFormat(byte[] upload) {
        if (upload.length == 0) {
            throw new ImageRefusedException("Tệp ảnh trống.");
        }
        if (upload.length > limits.maxUploadSize().toBytes()) {
            throw new ImageRefusedException("Ảnh lớn quá " + megabytes(limits.maxUploadSize())
                    + " MB; hãy chụp lại hoặc thu nhỏ ảnh.");
        }
        return ImageFormat.of(upload).orElseThrow(() -> new ImageRefusedException(
                "Tệp này không phải ảnh PNG, JPEG hay WebP."));
    }

    /** Width and height as the header declares them; nothing is decoded. */
    private static Dimensions dimensions(byte[] bytes, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            Dimensions size = new Dimensions(reader.getWidth(0), reader.getHeight(0));
            if (size.width() <= 0 || size.height() <= 0) {
                throw unreadable();
            }
            return size;
        } catch (IOException | RuntimeException broken) {
            throw broken instanceof ImageRefusedException refused ? refused : unreadable();
        } finally {
            reader.dispose();
        }
    }

    /** "4", or "1,5" with the Vietnamese decimal comma. */
    private static String megabytes(DataSize size) {
        double megabytes = size.toKilobytes() / 1024.0;
        return megabytes == Math.rint(megabytes)
                ? String.valueOf((long) megabytes)
                : String.format(Locale.forLanguageTag("vi"), "%.1f", megabytes);
    }

    private static ImageRefusedException unreadable() {
        return new ImageRefusedException("Không đọc được ảnh này (tệp có thể bị hỏng); hãy thử ảnh khác.");
    }

    private record Dimensions(int width, int height) {
        long pixels() {
            return (long) width * height;
        }

        int longestSide() {
            return Math.max(width, height);
        }

        @Override
        public String toString() {
            return width + "×" + height;
        }
    }
}
