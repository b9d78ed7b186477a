package vn.haugiang.digitalhelp.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A browser-like visitor of the web chat for tests: it keeps the server's cookies and, through the proxy
 * header the service trusts from loopback, appears to come from its own client address.
 */
final class WebVisitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String address;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    WebVisitor(int port, String address) {
        this.base = "http://127.0.0.1:" + port;
        this.address = address;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    HttpResponse<String> say(String text) {
        return postJson("/api/chat", JSON.createObjectNode().put("text", text).toString());
    }

    HttpResponse<String> postJson(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The session id inside the chat cookie the server issued last, if any. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("dh_chat"))
                .map(HttpCookie::getValue)
                .map(value -> value.split("\\.")[0])
                .findFirst();
    }

    void replaceCookie(String value) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("dh_chat", value);
        cookie.setPath("/api/chat");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base + "/api/chat"), cookie);
    }

    Optional<String> rawCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("dh_chat")).map(HttpCookie::getValue).findFirst();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
