package vn.haugiang.digitalhelp.app.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.util.unit.DataSize;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.chat.PictureSource;
import vn.haugiang.digitalhelp.bot.pictures.PictureProperties;
import vn.haugiang.digitalhelp.bot.pictures.PictureReader;
import vn.haugiang.digitalhelp.bot.pictures.PictureReading;
import vn.haugiang.digitalhelp.bot.pictures.PictureReading.Outcome;

/**
 * The picture reader with the real Tesseract of this machine (Debian's tesseract-ocr and tesseract-ocr-vie).
 * Not beside a service test: both read pictures with Tesseract, and both check that no reader's working
 * folder keeps a file ({@link PictureReaderTest#workFilesLeft()} looks at every one in the test JVM's temporary
 * folder, the module's {@code target} folder: the parent pom's {@code argLine}).
 */
@ResourceLock(ServiceTest.SHARED_SERVICE)
public class PictureReaderTest {

    private static PictureReader reader;

    @BeforeAll
    static void start() throws InterruptedException {
        reader = new PictureReader(settings("tesseract"));
        assertThat(reader.awaitReady(Duration.ofSeconds(30))).as("Tesseract with 'vie' is installed").isTrue();
    }

    @AfterAll
    static void stop() {
        reader.close();
    }

    static PictureProperties settings(String tesseract) {
        return new PictureProperties(tesseract, "vie", DataSize.ofMegabytes(4), 16_000_000, 1000, Duration.ofSeconds(20),
                2, 8, 120);
    }

    @Test
    void aWrongPasswordScreenshotIsReadWithItsVietnameseLetters() {
        byte[] screenshot = ScreenshotSet.draw(ScreenTexts.ALL.get(0), ScreenshotSet.vietnameseFonts().get(0),
                ScreenshotSet.VARIANTS.get(1), 7);

        PictureReading reading = reader.read(maxBytes -> screenshot);

        assertThat(reading.outcome()).isEqualTo(Outcome.READ);
        assertThat(reading.text()).contains("Sai mật khẩu").doesNotContain("09:41");
        assertThat(reading.echo()).doesNotContain("\n").contains("Sai mật khẩu");
        assertThat(workFilesLeft()).as("nothing of the picture is kept").isEmpty();
    }

    @Test
    void bytesThatAreNotAPictureAreRefusedWithoutReading() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pngNameOnly = "this is text in a file called anh.png".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read(maxBytes -> pdf).outcome()).isEqualTo(Outcome.NOT_A_PICTURE);
        assertThat(reader.read(maxBytes -> pngNameOnly).outcome()).isEqualTo(Outcome.NOT_A_PICTURE);
        assertThat(reader.refusal(pdf)).map(PictureReading::outcome).hasValue(Outcome.NOT_A_PICTURE);
    }

    @Test
    void aPictureOverTheByteLimitIsRefusedAndNotReadPastTheLimit() {
        byte[] big = new byte[(int) DataSize.ofMegabytes(4).toBytes() + 10];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        int[] asked = new int[1];

        PictureReading reading = reader.read(maxBytes -> {
            asked[0] = (int) maxBytes;
            return PictureSource.bounded(new java.io.ByteArrayInputStream(big), maxBytes);
        });

        assertThat(reading.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(asked[0]).isEqualTo((int) DataSize.ofMegabytes(4).toBytes());
        assertThat(reader.refusal(big)).map(PictureReading::outcome).hasValue(Outcome.TOO_LARGE);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
        byte[] bomb = decompressionBomb(10_000, 10_000);
        assertThat(bomb.length).as("a small file").isLessThan(2_000_000);

        assertThat(reader.refusal(bomb)).map(PictureReading::outcome).hasValue(Outcome.TOO_LARGE);
        assertThat(reader.read(maxBytes -> bomb).outcome()).isEqualTo(Outcome.TOO_LARGE);
    }

    @Test
    void aPictureWithoutWordsAsksTheResidentToType() throws IOException {
        java.awt.image.BufferedImage blank = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(blank, "png", out);

        assertThat(reader.read(maxBytes -> out.toByteArray()).outcome()).isEqualTo(Outcome.NOTHING_READ);
    }

    @Test
    void withoutTesseractNothingIsReadAndTheReaderSaysSo() throws InterruptedException {
        try (PictureReader missing = new PictureReader(settings("/nonexistent/tesseract"))) {
            assertThat(missing.awaitReady(Duration.ofSeconds(30))).isFalse();
            byte[] screenshot = ScreenshotSet.draw(ScreenTexts.ALL.get(0), ScreenshotSet.vietnameseFonts().get(0),
                    ScreenshotSet.VARIANTS.get(0), 1);

            assertThat(missing.read(maxBytes -> screenshot).outcome()).isEqualTo(Outcome.CANNOT_READ);
        }
    }

    /**
     * A real PNG bomb: a grey {@code width × height} picture of zeros, a few hundred kilobytes deflated that
     * would take width × height bytes decoded.
     */
    public static byte[] decompressionBomb(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(pixels, new java.util.zip.Deflater(9))) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                deflated.write(row);
            }
        }
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Files left in the readers' working folders (the picture and its text live there only while read). */
    public static List<Path> workFilesLeft() {
        try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return folders.filter(folder -> folder.getFileName().toString().startsWith("digitalhelp-ocr-"))
                    .flatMap(folder -> {
                        try (Stream<Path> files = Files.list(folder)) {
                            return files.toList().stream();
                        } catch (IOException e) {
                            return Stream.empty();
                        }
                    }).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
