package vn.haugiang.digitalhelp.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A browser-like visitor of the web chat for tests: it keeps the server's chat cookie and, through the proxy
 * header the service trusts from loopback, appears to come from its own client address.
 */
public final class WebVisitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String address;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The chat cookie's value as the server set it last, sent back on every request like a browser would. */
    private String cookie;

    public WebVisitor(int port, String address) {
        this.base = "http://127.0.0.1:" + port;
        this.address = address;
    }

    public HttpResponse<String> say(String text) {
        return postJson("/api/chat", JSON.createObjectNode().put("text", text).toString());
    }

    HttpResponse<String> postJson(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The session id inside the chat cookie the server issued last, if any. */
    public Optional<String> sessionId() {
        return rawCookie().map(value -> value.split("\\.")[0]);
    }

    Optional<String> rawCookie() {
        return Optional.ofNullable(cookie);
    }

    void replaceCookie(String value) {
        cookie = value;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address);
        return cookie == null ? request : request.header("Cookie", "dh_chat=" + cookie);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").stream()
                    .filter(header -> header.startsWith("dh_chat="))
                    .forEach(header -> cookie = header.substring("dh_chat=".length(), header.indexOf(';')));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
