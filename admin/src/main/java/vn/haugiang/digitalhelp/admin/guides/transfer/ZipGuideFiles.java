package vn.haugiang.digitalhelp.admin.guides.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import vn.haugiang.digitalhelp.admin.web.BadInputException;

/**
 * Reads the {@code .md} files of an uploaded zip (any folder inside) and the pictures in its
 * {@code images/} folder ({@code <id>.png|jpg|webp}), bounded in count and size so a hostile archive cannot
 * exhaust memory.
 */
final class ZipGuideFiles {

    /** Entries of any kind (folders and other files count too). */
    static final int MAX_ENTRIES = 2000;
    static final int MAX_FILE_BYTES = 1 << 20;
    /** All guide files together, uncompressed: a zip bomb stops here, whatever its ratio. */
    static final int MAX_TOTAL_BYTES = 20 << 20;
    /** All pictures together, uncompressed. */
    static final int MAX_TOTAL_IMAGE_BYTES = 50 << 20;
    static final String IMAGES_FOLDER = "images/";
    private static final Pattern IMAGE_FILE = Pattern.compile("[0-9a-f]{32}\\.(png|jpg|webp)");

    /** The guide files (file name without folders → text) and pictures (image id → bytes), in archive order. */
    record Contents(Map<String, String> guides, Map<String, byte[]> images) {
    }

    private ZipGuideFiles() {
    }

    /** @param maxImageBytes the largest picture taken ({@code digitalhelp.images.max-upload-size}) */
    static Contents read(byte[] zipBytes, long maxImageBytes) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, byte[]> images = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            int entries = 0;
            long total = 0;
            long imageTotal = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new BadInputException("Tệp zip có quá " + MAX_ENTRIES + " mục.");
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && isPicture(entry.getName(), name)) {
                    byte[] picture = readBounded(zip, Math.min(maxImageBytes, MAX_TOTAL_IMAGE_BYTES - imageTotal),
                            "Ảnh " + name + " lớn quá giới hạn, hoặc các ảnh trong tệp zip giải nén ra quá 50 MB.");
                    imageTotal += picture.length;
                    images.put(name.substring(0, name.indexOf('.')), picture);
                    continue;
                }
                if (entry.isDirectory() || !name.endsWith(".md")) {
                    continue;
                }
                long leftOfTotal = MAX_TOTAL_BYTES - total;
                byte[] text = leftOfTotal < MAX_FILE_BYTES
                        ? readBounded(zip, leftOfTotal, "Các bài trong tệp zip giải nén ra quá 20 MB.")
                        : readBounded(zip, MAX_FILE_BYTES, "Tệp " + name + " lớn quá 1 MB.");
                total += text.length;
                files.put(name, new String(text, StandardCharsets.UTF_8));
            }
            if (entries == 0) {
                throw new BadInputException("Tệp gửi lên không phải tệp zip, hoặc zip rỗng.");
            }
        } catch (ZipException e) {
            throw new BadInputException("Tệp gửi lên không phải tệp zip đọc được.");
        } catch (IOException e) {
            throw new BadInputException("Không đọc được tệp zip gửi lên.");
        }
        return new Contents(files, images);
    }

    private static boolean isPicture(String path, String name) {
        return (path.equals(IMAGES_FOLDER + name) || path.endsWith("/" + IMAGES_FOLDER + name))
                && IMAGE_FILE.matcher(name).matches();
    }

    /** Reads an entry, stopping as soon as it passes {@code limit} bytes. */
    private static byte[] readBounded(InputStream in, long limit, String tooLarge) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                throw new BadInputException(tooLarge);
            }
        }
        return out.toByteArray();
    }
}
