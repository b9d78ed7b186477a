package vn.haugiang.digitalhelp.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import vn.haugiang.digitalhelp.app.ServiceTest;

/**
 * The chat's and the console's style sheets and scripts, as a phone on a slow, paid connection needs them: linked by
 * addresses that carry their content's hash, kept for a year (no question to the service on the next visit), asked for
 * again only when an upgrade changed them; compressed on the way, as the chat's answers are.
 */
@ServiceTest
class AssetCachingTest {

    private static final Pattern LINKED = Pattern.compile("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"");
    /** A year, in seconds, and never asked about again. */
    private static final String KEPT_FOR_A_YEAR = "max-age=31536000, immutable";

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/chat", "/admin/login"})
    void aPageLinksItsStyleAndScriptsByVersionedAddressesThatAreKeptForAYear(String page) throws Exception {
        List<String> assets = linkedAssets(get(page, false));

        assertThat(assets).hasSizeGreaterThanOrEqualTo(2).allSatisfy(path -> {
            assertThat(path).as("the content's hash in the name").matches(".*-[0-9a-f]{32}\\.(css|js)");
            HttpResponse<byte[]> asset = get(path, false);
            assertThat(asset.statusCode()).isEqualTo(200);
            assertThat(asset.headers().allValues("Cache-Control")).containsExactly(KEPT_FOR_A_YEAR);
            assertThat(asset.headers().firstValue("Pragma")).isEmpty();
            assertThat(asset.body()).as("the file itself").isEqualTo(shipped(plainName(path)));
        });
    }

    @Test
    void theChatPageIsAskedAboutAgainAtEveryVisitAndOnlyTheCurrentVersionedAddressesAreKept() {
        HttpResponse<byte[]> page = get("/chat", false);
        assertThat(page.headers().allValues("Cache-Control")).as("it names the current versions").containsExactly("no-cache");

        String style = linkedAssets(page).get(0);
        String plain = plainName(style);
        HttpResponse<byte[]> byPlainName = get(plain, false);
        assertThat(byPlainName.statusCode()).isEqualTo(200);
        assertThat(byPlainName.headers().firstValue("Cache-Control")).as("a plain name is not held past an upgrade")
                .isEmpty();
        HttpResponse<byte[]> otherVersion = get(plain.replace(".css", "-0123456789abcdef0123456789abcdef.css"), false);
        assertThat(otherVersion.statusCode()).as("a page of another version keeps its style").isEqualTo(200);
        assertThat(otherVersion.body()).isEqualTo(get(style, false).body());
        assertThat(otherVersion.headers().allValues("Cache-Control")).as("and asks again next time").containsExactly("no-cache");
        HttpResponse<byte[]> noSuchFile = get("/chat/nothing-0123456789abcdef0123456789abcdef.css", false);
        assertThat(noSuchFile.statusCode()).isEqualTo(404);
        assertThat(noSuchFile.headers().firstValue("Cache-Control")).as("a miss is not kept").isEmpty();
    }

    @Test
    void styleSheetsScriptsAndAnswersTravelCompressedToABrowserThatTakesIt() throws Exception {
        List<String> assets = new ArrayList<>(linkedAssets(get("/admin/login", true)));
        assets.addAll(linkedAssets(get("/chat", true)));
        for (String path : assets) {
            HttpResponse<byte[]> compressed = get(path, true);
            assertThat(unpacked(compressed, path)).as(path).isEqualTo(get(path, false).body());
        }
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri("/api/chat"))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"cai app hau giang tren dien thoai android\"}"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(new String(unpacked(answer, "a guide's answer"), StandardCharsets.UTF_8))
                .contains("\"outcome\":\"ANSWER\"").contains("Cài ứng dụng Hậu Giang trên điện thoại Android");
    }

    /** The body of a compressed response, unpacked; compression at least halves it. */
    private static byte[] unpacked(HttpResponse<byte[]> compressed, String what) throws IOException {
        assertThat(compressed.headers().firstValue("Content-Encoding")).as(what).hasValue("gzip");
        byte[] plain = gunzip(compressed.body());
        assertThat(compressed.body().length).as(what).isLessThan(plain.length / 2);
        return plain;
    }

    private List<String> linkedAssets(HttpResponse<byte[]> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher link = LINKED.matcher(new String(page.body(), StandardCharsets.UTF_8));
        List<String> paths = new ArrayList<>();
        while (link.find()) {
            paths.add(link.group(1));
        }
        return paths;
    }

    /** The file's name without the hash the resource chain put in it. */
    private static String plainName(String versioned) {
        return versioned.replaceFirst("-[0-9a-f]{32}(\\.(css|js))$", "$1");
    }

    private HttpResponse<byte[]> get(String path, boolean acceptGzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A file as the service ships it: its own static files, or a web jar's. */
    private static byte[] shipped(String path) throws IOException {
        ClassPathResource own = new ClassPathResource("static" + path);
        try (InputStream in = (own.exists() ? own : new ClassPathResource("META-INF/resources" + path)).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
