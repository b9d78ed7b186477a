package vn.haugiang.digitalhelp.kb.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Pictures made here for tests: drawn with Java2D, or put together byte by byte. */
public final class TestImages {

    /** A 1×1 lossless WebP (the probe image browsers' feature tests use). */
    public static final byte[] TINY_WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {
    }

    /** A drawn picture: a phone screen with a coloured button. */
    public static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1565C0));
        g.fillRoundRect(width / 8, height / 2, width * 3 / 4, Math.max(2, height / 8), 12, 12);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Bước 2", width / 8, height / 3);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return encoded(drawing(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encoded(drawing(width, height), "jpg");
    }

    /** A JPEG carrying an EXIF segment with a camera model and a GPS marker in it, as phone photos do. */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] exif = "Exif\0\0MM\0*PhoneModel-X GPSLatitude 9.78".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /**
     * A "decompression bomb": a small, well-formed PNG whose header declares {@code side}×{@code side} pixels,
     * with a little compressed data after it.
     */
    public static byte[] pngBomb(int side) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream fields = new DataOutputStream(header);
            fields.writeInt(side);
            fields.writeInt(side);
            fields.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, no filter, no interlace
            chunk(out, "IHDR", header.toByteArray());
            Deflater deflater = new Deflater(9);
            deflater.setInput(new byte[1 << 20]);
            deflater.finish();
            byte[] compressed = new byte[1 << 16];
            int length = deflater.deflate(compressed);
            chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream stream = new DataOutputStream(out);
        stream.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        stream.write(typeBytes);
        stream.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        stream.writeInt((int) crc.getValue());
    }

    private static byte[] encoded(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
