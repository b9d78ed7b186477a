package vn.haugiang.digitalhelp.bot.pictures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a picture's first bytes say, read before anything is decoded: the format from its signature
 * (never from a file name or a declared type) and its size in pixels from its header.
 *
 * @param format PNG or JPEG
 */
record PictureHeader(Format format, int width, int height) {

    enum Format { PNG, JPEG }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    long pixels() {
        return (long) width * height;
    }

    /** The header of a PNG or JPEG picture; empty for anything else or a header that does not read. */
    static Optional<PictureHeader> of(byte[] bytes) {
        Optional<Format> format = formatOf(bytes);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.get().name());
            if (in == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Reads the header only (PNG: IHDR; JPEG: up to the frame header), never the pixels.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new PictureHeader(format.get(), width, height))
                        : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Format> formatOf(byte[] bytes) {
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return Optional.of(Format.PNG);
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
