package vn.haugiang.digitalhelp.admin.guides.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import vn.haugiang.digitalhelp.admin.web.BadInputException;

/**
 * Reads the {@code .md} files of an uploaded zip (any folder inside), bounded in count and size so a
 * hostile archive cannot exhaust memory.
 */
final class ZipGuideFiles {

    /** Entries of any kind (folders and other files count too). */
    static final int MAX_ENTRIES = 2000;
    static final int MAX_FILE_BYTES = 1 << 20;
    /** All guide files together, uncompressed: a zip bomb stops here, whatever its ratio. */
    static final int MAX_TOTAL_BYTES = 20 << 20;

    private ZipGuideFiles() {
    }

    /** File name (without folders) → text, in archive order. */
    static Map<String, String> read(byte[] zipBytes) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            int entries = 0;
            long total = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new BadInputException("Tệp zip có quá " + MAX_ENTRIES + " mục.");
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || !name.endsWith(".md")) {
                    continue;
                }
                byte[] text = readBounded(zip, name, MAX_TOTAL_BYTES - total);
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
        return files;
    }

    private static byte[] readBounded(InputStream in, String name, long leftOfTotal) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_FILE_BYTES) {
                throw new BadInputException("Tệp " + name + " lớn quá 1 MB.");
            }
            if (out.size() > leftOfTotal) {
                throw new BadInputException("Các bài trong tệp zip giải nén ra quá 20 MB.");
            }
        }
        return out.toByteArray();
    }
}
