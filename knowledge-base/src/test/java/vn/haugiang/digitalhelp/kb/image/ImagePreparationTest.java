package vn.haugiang.digitalhelp.kb.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImagePreparationTest {

    private final ImagePreparation preparation = new ImagePreparation(ImageProperties.defaults());

    @Test
    void aLargeScreenshotIsScaledDownToTheLongestSideAllowedAndStaysPng() throws IOException {
        PreparedImage prepared = preparation.prepare(TestImages.png(2560, 1440));

        assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
        assertThat(prepared.width()).isEqualTo(1280);
        assertThat(prepared.height()).isEqualTo(720);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(1280);
    }

    @Test
    void aSmallPictureKeepsItsSize() {
        PreparedImage prepared = preparation.prepare(TestImages.png(320, 200));

        assertThat(prepared.width()).isEqualTo(320);
        assertThat(prepared.height()).isEqualTo(200);
    }

    @Test
    void aPhotosExifIsLeftBehind() {
        byte[] upload = TestImages.jpegWithExif(640, 480);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("PhoneModel-X");

        PreparedImage prepared = preparation.prepare(upload);

        assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
        String stored = new String(prepared.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("PhoneModel-X").doesNotContain("Exif");
    }

    @Test
    void aWebpIsReadAndStoredAsPng() {
        PreparedImage prepared = preparation.prepare(TestImages.TINY_WEBP);

        assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
        assertThat(prepared.width()).isEqualTo(1);
        assertThat(ImageFormat.of(prepared.bytes())).contains(ImageFormat.PNG);
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        assertThatThrownBy(() -> preparation.prepare("<html>không phải ảnh</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessage("Tệp này không phải ảnh PNG, JPEG hay WebP.");
        assertThatThrownBy(() -> preparation.prepare(new byte[0])).hasMessage("Tệp ảnh trống.");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = TestImages.pngBomb(50_000);
        assertThat(bomb.length).isLessThan(10_000);

        assertThatThrownBy(() -> preparation.prepare(bomb))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessageStartingWith("Ảnh có kích thước quá lớn (50000×50000 điểm ảnh)");
    }

    @Test
    void anOversizedFileIsRefused() {
        ImagePreparation strict = new ImagePreparation(new ImageProperties(DataSize.ofKilobytes(1), 40_000_000, 1280));

        assertThatThrownBy(() -> strict.prepare(TestImages.png(400, 400)))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessageStartingWith("Ảnh lớn quá");
    }

    @Test
    void aBrokenImageIsRefusedPolitely() {
        byte[] png = TestImages.png(100, 100);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);

        assertThatThrownBy(() -> preparation.prepare(truncated))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessageStartingWith("Không đọc được ảnh này");
    }

    @Test
    void anExportedImageIsCheckedAsPrepared() {
        PreparedImage prepared = preparation.prepare(TestImages.png(200, 100));

        assertThat(preparation.checkPrepared(prepared.bytes()).width()).isEqualTo(200);
        assertThatThrownBy(() -> preparation.checkPrepared(TestImages.png(2000, 100)))
                .isInstanceOf(ImageRefusedException.class);
    }
}
