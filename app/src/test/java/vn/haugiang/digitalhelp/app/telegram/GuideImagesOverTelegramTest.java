package vn.haugiang.digitalhelp.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.ServiceTestSettings;
import vn.haugiang.digitalhelp.kb.image.GuideImages;

/**
 * Guide pictures end to end on the real service: an editor uploads pictures through the admin API, publishes
 * a guide showing them, and residents ask on Telegram through the TelegramBots client and the fake Bot API
 * on loopback. Refused uploads answer in Vietnamese and store nothing.
 */
@ServiceTest(telegram = true)
class GuideImagesOverTelegramTest {

    private static final String ADMIN = ServiceTestSettings.ADMIN;
    private static final String ADMIN_PASSWORD = ServiceTestSettings.ADMIN_PASSWORD;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String QUESTION = "đổi ảnh đại diện trong sổ tay thử nghiệm thế nào";
    private static final AtomicLong nextChatId = new AtomicLong(734_125_014_001L);

    @Autowired
    FakeTelegramBotApi telegram;
    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aGuidesPicturesArriveAfterItsTextUploadedOnceThenSentByFileId() throws Exception {
        JsonNode single = upload(drawing(1600, 900), "buoc2.png", "Bước 2: bấm vào ảnh đại diện");
        assertThat(single.path("width").asInt()).isEqualTo(1280);
        assertThat(single.path("height").asInt()).isEqualTo(720);
        JsonNode left = upload(drawing(400, 700), "buoc3a.png", "Bước 3: chọn ảnh");
        JsonNode right = upload(drawing(500, 700), "buoc3b.png", "Bước 3: bấm Lưu");
        String body = "**Bước 1**: Mở ứng dụng Sổ tay thử nghiệm.\n\n**Bước 2**: Bấm vào ảnh đại diện.\n\n"
                + single.path("markdown").asString() + "\n\n**Bước 3**: Chọn ảnh mới rồi bấm Lưu.\n\n"
                + left.path("markdown").asString() + "\n" + right.path("markdown").asString();
        HttpResponse<String> created = admin("POST", "/api/admin/articles", "application/json", json.writeValueAsBytes(
                json.createObjectNode().put("title", "Đổi ảnh đại diện trong Sổ tay thử nghiệm").put("topic", "so-tay-thu-nghiem")
                        .put("body", body).put("status", "PUBLISHED")
                        .set("questions", json.createArrayNode().add(QUESTION))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        long first = nextChatId.getAndIncrement();
        telegram.residentTypes(first, QUESTION);
        await().atMost(PATIENCE).until(() -> telegram.photosTo(first).size() == 1 && albumsTo(first).size() == 1);

        FakeTelegramBotApi.Call text = telegram.messagesTo(first).get(0);
        assertThat(text.body().path("text").asString()).startsWith("<b>Đổi ảnh đại diện trong Sổ tay thử nghiệm</b>")
                .contains("Bấm vào ảnh đại diện").doesNotContain("image:").doesNotContain("![");
        FakeTelegramBotApi.Call photo = telegram.photosTo(first).get(0);
        FakeTelegramBotApi.Call album = albumsTo(first).get(0);
        assertThat(photo.arrivedAt()).isGreaterThan(text.arrivedAt());
        assertThat(album.arrivedAt()).as("the steps' pictures in step order").isGreaterThan(photo.arrivedAt());
        assertThat(photo.body().path("caption").asString()).isEqualTo("Bước 2: bấm vào ảnh đại diện");
        assertThat(uploadedParts(photo)).as("the first send uploads the file").isEqualTo(1);
        JsonNode albumItems = json.readTree(album.body().path("media").asString());
        assertThat(albumItems).hasSize(2);
        assertThat(albumItems.get(0).path("caption").asString()).isEqualTo("Bước 3: chọn ảnh");
        assertThat(albumItems.get(1).path("caption").asString()).isEqualTo("Bước 3: bấm Lưu");
        assertThat(uploadedParts(album)).isEqualTo(2);
        // the service remembers the file ids once Telegram's answers are read, just after the fake recorded the calls
        await().atMost(PATIENCE).until(() -> mongo.getCollection("telegram_file_ids").countDocuments() >= 3);
        assertThat(mongo.getCollection("telegram_file_ids").countDocuments()).isEqualTo(3);

        long second = nextChatId.getAndIncrement();
        telegram.residentTypes(second, QUESTION);
        await().atMost(PATIENCE).until(() -> telegram.photosTo(second).size() == 1 && albumsTo(second).size() == 1);

        FakeTelegramBotApi.Call again = telegram.photosTo(second).get(0);
        assertThat(uploadedParts(again)).as("sent again by file_id, not uploaded").isZero();
        assertThat(again.body().path("photo").asString()).startsWith("uploaded-photo-").doesNotEndWith("-small");
        FakeTelegramBotApi.Call albumAgain = albumsTo(second).get(0);
        assertThat(uploadedParts(albumAgain)).isZero();
        assertThat(json.readTree(albumAgain.body().path("media").asString()).get(0).path("media").asString())
                .startsWith("uploaded-photo-");
        assertThat(telegram.messagesTo(second).get(0).arrivedAt()).isLessThan(again.arrivedAt());
    }

    @Test
    void aPictureIsServedWithYearLongCachingAndItsIdAsETag() throws Exception {
        JsonNode uploaded = upload(drawing(300, 200), "anh.png", "Ảnh");
        String path = uploaded.path("url").asString();

        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("max-age=31536000").contains("public").contains("immutable"));
        assertThat(image.headers().firstValue("ETag")).contains("\"" + uploaded.path("id").asString() + "\"");
        assertThat(ImageIO.read(new ByteArrayInputStream(image.body())).getWidth()).isEqualTo(300);
        HttpResponse<byte[]> unchanged = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("If-None-Match", "\"" + uploaded.path("id").asString() + "\"").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        HttpResponse<byte[]> missing = http.send(HttpRequest.newBuilder(URI.create(base() + "/guide-images/" + "0".repeat(32))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void aNonImageAnOversizedImageAndADecompressionBombAreRefusedPolitelyWithNothingStored() throws Exception {
        long stored = storedImages();

        HttpResponse<String> notAnImage = uploadRaw("%PDF-1.4 không phải ảnh".getBytes(StandardCharsets.UTF_8), "anh.png", "x");
        HttpResponse<String> oversized = uploadRaw(noise(800, 800), "to.png", "x");
        HttpResponse<String> bomb = uploadRaw(declaringSize(drawing(64, 64), 60_000, 60_000), "bom.png", "x");
        // Just over the server's 5 MB multipart limit. The form is refused unread; Tomcat then reads and drops
        // the body (server.tomcat.max-swallow-size, 8 MB) so the client gets the answer, not a reset connection.
        HttpResponse<String> beyondTheServer = uploadRaw(new byte[(5 << 20) + (200 << 10)], "rat-to.png", "x");
        HttpResponse<String> guideWithUnknownPicture = admin("POST", "/api/admin/articles", "application/json",
                json.writeValueAsBytes(json.createObjectNode().put("title", "Bài có ảnh lạ").put("topic", "anh-la")
                        .put("body", "Xem ảnh:\n\n![Ảnh lạ](image:" + "ab".repeat(16) + ")")));

        assertThat(notAnImage.statusCode()).isEqualTo(400);
        assertThat(error(notAnImage)).isEqualTo("Tệp này không phải ảnh PNG, JPEG hay WebP.");
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(error(oversized)).isEqualTo("Ảnh lớn quá 1 MB; hãy chụp lại hoặc thu nhỏ ảnh.");
        assertThat(bomb.statusCode()).isEqualTo(400);
        assertThat(error(bomb)).startsWith("Ảnh có kích thước quá lớn (60000×60000 điểm ảnh)");
        assertThat(beyondTheServer.statusCode()).isEqualTo(413);
        assertThat(error(beyondTheServer)).isEqualTo("Tệp gửi lên lớn quá giới hạn của máy chủ; hãy dùng tệp nhỏ hơn.");
        assertThat(guideWithUnknownPicture.statusCode()).isEqualTo(400);
        assertThat(error(guideWithUnknownPicture)).contains("Ảnh chưa có trên máy chủ");
        assertThat(storedImages()).isEqualTo(stored);
    }

    @Test
    void theGuideZipCarriesItsPicturesAndAnImportStoresThemOnlyWhenTheyMatchTheirIds() throws Exception {
        JsonNode exported = upload(drawing(320, 240), "xuat.png", "Ảnh xuất");
        HttpResponse<String> created = admin("POST", "/api/admin/articles", "application/json", json.writeValueAsBytes(
                json.createObjectNode().put("title", "Bài có ảnh để xuất").put("topic", "xuat-anh").put("slug", "bai-co-anh")
                        .put("body", "Xem ảnh:\n\n" + exported.path("markdown").asString()).put("status", "PUBLISHED")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        Map<String, byte[]> zip = unzip(adminBytes("/api/admin/articles/export"));
        String id = exported.path("id").asString();
        assertThat(zip).containsKey("images/" + id + ".png").containsKey("bai-co-anh.md");
        assertThat(zip.get("images/" + id + ".png")).isEqualTo(http.send(HttpRequest.newBuilder(
                URI.create(base() + exported.path("url").asString())).build(), HttpResponse.BodyHandlers.ofByteArray()).body());

        // A picture this service never stored, prepared elsewhere (a 200×100 PNG), arriving with its guide.
        byte[] newPicture = drawing(200, 100);
        String newId = GuideImages.idOf(newPicture);
        String guide = "---\ntitle: Bài nhập có ảnh\ntopic: nhap-anh\nstatus: published\n---\n![Ảnh nhập](image:" + newId + ")\n";
        byte[] tampered = newPicture.clone();
        tampered[tampered.length - 20] ^= 1;
        HttpResponse<String> refused = admin("POST", "/api/admin/articles/import", "application/zip",
                zip(Map.of("bai-nhap.md", guide.getBytes(StandardCharsets.UTF_8), "images/" + newId + ".png", tampered)));
        assertThat(refused.body()).contains("Nội dung ảnh không khớp với tên tệp");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/guide-images/" + newId)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(404);

        HttpResponse<String> imported = admin("POST", "/api/admin/articles/import", "application/zip",
                zip(Map.of("bai-nhap.md", guide.getBytes(StandardCharsets.UTF_8), "images/" + newId + ".png", newPicture)));
        assertThat(json.readTree(imported.body()).path("created").toString()).as(imported.body()).contains("bai-nhap");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/guide-images/" + newId)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(newPicture);
    }

    private byte[] adminBytes(String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private List<FakeTelegramBotApi.Call> albumsTo(long chatId) {
        return telegram.calls("sendMediaGroup").stream()
                .filter(call -> call.delivered() && call.chatId().equals(String.valueOf(chatId)))
                .toList();
    }

    /** How many files (not text fields) the multipart call carried. */
    private static int uploadedParts(FakeTelegramBotApi.Call call) {
        return call.body().path("multipart").asString().split("; filename=", -1).length - 1;
    }

    private long storedImages() {
        return mongo.getCollection("guide_images.files").countDocuments()
                + mongo.getCollection("guide_images.chunks").countDocuments();
    }

    private JsonNode upload(byte[] image, String fileName, String alt) throws Exception {
        HttpResponse<String> response = uploadRaw(image, fileName, alt);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private HttpResponse<String> uploadRaw(byte[] file, String fileName, String alt) throws Exception {
        String boundary = "----guide-image-" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n" + alt + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(file);
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return admin("POST", "/api/admin/images", "multipart/form-data; boundary=" + boundary, form.toByteArray());
    }

    private HttpResponse<String> admin(String method, String path, String contentType, byte[] body) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String error(HttpResponse<String> response) {
        return json.readTree(response.body()).path("detail").asString();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A phone screen drawn here: a white page with a blue button. */
    private static byte[] drawing(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x0B57D0));
        g.fillRoundRect(width / 6, height / 2, width * 2 / 3, height / 10, 16, 16);
        g.dispose();
        return png(image);
    }

    /** Random pixels: a PNG that cannot be compressed, so it is as large as its pixels. */
    private static byte[] noise(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(14);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return png(image);
    }

    /** A real small PNG whose header is rewritten to declare a huge size (a decompression bomb's header). */
    private static byte[] declaringSize(byte[] png, int width, int height) {
        byte[] bomb = png.clone();
        ByteBuffer header = ByteBuffer.wrap(bomb);
        header.putInt(16, width).putInt(20, height); // IHDR data starts after the signature, length and type
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17); // "IHDR" and its 13 bytes of data
        header.putInt(29, (int) crc.getValue());
        return bomb;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
