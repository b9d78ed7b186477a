package vn.haugiang.digitalhelp.app.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the Telegram Bot API on a loopback port, enough for a long-polling bot: it serves
 * queued updates through {@code getUpdates} (holding an empty poll for a moment, as the real server
 * holds a long poll), serves the files residents sent ({@code getFile} and the file download) and records
 * every other call the bot makes, answering as Telegram would.
 */
public final class FakeTelegramBotApi implements AutoCloseable {

    /**
     * One call the bot made: the Bot API method, its JSON body, for a sent message the id it got, when it
     * arrived ({@link System#nanoTime()}) and the HTTP status it was answered with.
     */
    record Call(String method, JsonNode body, int messageId, long arrivedAt, int status) {

        Call(String method, JsonNode body, int messageId) {
            this(method, body, messageId, System.nanoTime(), 200);
        }

        String chatId() {
            return body.path("chat_id").asString();
        }

        boolean delivered() {
            return status == 200;
        }
    }

    private static final long POLL_HOLD_MILLIS = 300;

    private final String token;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-telegram-api");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectMapper json = new ObjectMapper();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Files residents sent, by file_id: what getFile describes and the file download serves. */
    private final java.util.Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger nextFileId = new AtomicInteger(1);
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final AtomicLong nextCallbackId = new AtomicLong(1);
    /** The file_ids this fake handed out for uploaded photos; a photo sent by any other file_id is refused. */
    private final java.util.Set<String> knownFileIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Random floodControl = new java.util.Random(11);
    private volatile double floodShare;
    private volatile int retryAfterSeconds = 1;
    private volatile boolean callbackAnswersFail;

    private FakeTelegramBotApi(String token, int port) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeTelegramBotApi start(String token) {
        return start(token, 0);
    }

    /** Starts on a given loopback port (0: any free one), e.g. one the service was told about while nothing listened. */
    public static FakeTelegramBotApi start(String token, int port) {
        try {
            return new FakeTelegramBotApi(token, port);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the fake Telegram Bot API", e);
        }
    }

    /**
     * Forgets the calls and the waiting updates and answers normally again, as a fake started afresh would
     * (update and message ids keep counting up, so a poller's offset stays valid).
     */
    public void reset() {
        synchronized (updates) {
            updates.clear();
        }
        calls.clear();
        knownFileIds.clear();
        floodShare = 0;
        retryAfterSeconds = 1;
        callbackAnswersFail = false;
    }

    /** Answers this share of sendMessage calls 429 "Too Many Requests" with {@code retry_after}, as Telegram's flood control does. */
    void floodControl(double share, int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.floodShare = share;
    }

    /** Makes every answerCallbackQuery fail (Telegram answers 400 when a query is too old). */
    void failCallbackAnswers() {
        this.callbackAnswersFail = true;
    }

    /** A ready-made update (as Telegram would push it to a webhook): a resident's text message. */
    ObjectNode textUpdate(long updateId, long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        ObjectNode update = json.createObjectNode();
        update.put("update_id", updateId);
        update.set("message", message);
        return update;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A resident types a text message in a private chat. */
    void residentTypes(long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        if (text.startsWith("/")) {
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", text.split("\\s", 2)[0].length());
        }
        queue("message", message);
    }

    /** A resident sends a photo instead of text: a blank grey picture; returns its message id. */
    int residentSendsPhoto(long chatId) {
        return residentSendsPhoto(chatId, blankPicture(), 320, 240);
    }

    /**
     * A resident sends a photo (Telegram offers it in two sizes, a thumbnail and the photo itself); its
     * bytes are served through getFile and the file download, as Telegram does. Returns its message id.
     */
    int residentSendsPhoto(long chatId, byte[] picture, int width, int height) {
        ObjectNode message = message(chatId);
        ArrayNode sizes = message.putArray("photo");
        sizes.addObject().put("file_id", storeFile(blankPicture())).put("file_unique_id", "thumb-" + nextFileId.get())
                .put("width", 90).put("height", 90 * height / width).put("file_size", blankPicture().length);
        sizes.addObject().put("file_id", storeFile(picture)).put("file_unique_id", "photo-" + nextFileId.get())
                .put("width", width).put("height", height).put("file_size", picture.length);
        queue("message", message);
        return message.get("message_id").asInt();
    }

    /** A resident sends a file (not a compressed photo) that says it is a picture, with any bytes. */
    void residentSendsFile(long chatId, byte[] bytes, String mimeType) {
        ObjectNode message = message(chatId);
        message.putObject("document").put("file_id", storeFile(bytes)).put("file_unique_id", "doc-" + nextFileId.get())
                .put("file_name", "anh.png").put("mime_type", mimeType).put("file_size", bytes.length);
        queue("message", message);
    }

    /** A resident records a voice message; returns its message id. */
    int residentSendsVoice(long chatId) {
        ObjectNode message = message(chatId);
        message.putObject("voice").put("file_id", storeFile(new byte[] {1, 2, 3})).put("file_unique_id", "voice-"
                + nextFileId.get()).put("duration", 4).put("mime_type", "audio/ogg").put("file_size", 3);
        queue("message", message);
        return message.get("message_id").asInt();
    }

    /** The getFile calls the bot made, in order. */
    List<Call> fileRequests() {
        return calls("getFile");
    }

    private String storeFile(byte[] bytes) {
        String id = "file-" + nextFileId.getAndIncrement();
        files.put(id, bytes);
        return id;
    }

    private static byte[] blankPicture() {
        try {
            java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(90, 68,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(grey, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A resident shares their own phone number with Telegram's contact button. */
    void residentSharesOwnNumber(long chatId, String phone) {
        ObjectNode message = message(chatId);
        message.set("contact", json.createObjectNode().put("phone_number", phone).put("first_name", "Cư dân")
                .put("user_id", chatId));
        queue("message", message);
    }

    /** A resident presses an inline button under one of the bot's messages; returns the callback query id. */
    String residentPresses(long chatId, int botMessageId, String callbackData) {
        ObjectNode query = callbackQuery(chatId, botMessageId, callbackData);
        queue("callback_query", query);
        return query.get("id").asString();
    }

    /** A ready-made update (as Telegram would push it to a webhook): a resident presses an inline button. */
    ObjectNode pressUpdate(long updateId, long chatId, int botMessageId, String callbackData) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", updateId);
        update.set("callback_query", callbackQuery(chatId, botMessageId, callbackData));
        return update;
    }

    private ObjectNode callbackQuery(long chatId, int botMessageId, String callbackData) {
        ObjectNode query = json.createObjectNode();
        query.put("id", "cbq-" + nextCallbackId.getAndIncrement());
        query.set("from", resident(chatId));
        query.put("chat_instance", "instance-" + chatId);
        query.put("data", callbackData);
        ObjectNode botMessage = json.createObjectNode();
        botMessage.put("message_id", botMessageId);
        botMessage.put("date", Instant.now().getEpochSecond());
        botMessage.set("chat", chat(chatId));
        botMessage.put("text", "…");
        query.set("message", botMessage);
        return query;
    }

    /** Every call of this Bot API method, in the order the bot made them. */
    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** The files the bot sent to this chat (each call's body also holds the raw multipart form). */
    List<Call> documentsTo(long chatId) {
        return calls("sendDocument").stream()
                .filter(call -> call.body().path("multipart").asString().contains("\r\n\r\n" + chatId + "\r\n"))
                .toList();
    }

    /** The messages the bot sent to this chat (and Telegram accepted), in order. */
    List<Call> messagesTo(long chatId) {
        return calls("sendMessage").stream()
                .filter(call -> call.delivered() && call.chatId().equals(String.valueOf(chatId)))
                .toList();
    }

    List<Call> setWebhookCalls() {
        return calls("setWebhook");
    }

    /** Every sendMessage attempt, accepted or refused, in order of arrival. */
    List<Call> sendAttempts() {
        return calls("sendMessage");
    }

    @Override
    public void close() {
        server.stop(1); // lets a held getUpdates answer, so the bot is not cut off mid-poll
        threads.shutdownNow();
    }

    private void queue(String kind, ObjectNode payload) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set(kind, payload);
        synchronized (updates) {
            updates.add(update);
            updates.notifyAll();
        }
    }

    private ObjectNode message(long chatId) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId.getAndIncrement());
        message.put("date", Instant.now().getEpochSecond());
        message.set("from", resident(chatId));
        message.set("chat", chat(chatId));
        return message;
    }

    private ObjectNode resident(long chatId) {
        return json.createObjectNode().put("id", chatId).put("is_bot", false).put("first_name", "Cư dân")
                .put("language_code", "vi");
    }

    private ObjectNode chat(long chatId) {
        return json.createObjectNode().put("id", chatId).put("type", "private").put("first_name", "Cư dân");
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime(); // before the body is read and parsed, which a busy machine can delay
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length == 4 && path[1].equals("file") && path[2].equals("bot" + token)) {
                serveFile(exchange, path[3]);
                return;
            }
            if (path.length != 3 || !path[1].equals("bot" + token)) {
                respond(exchange, 401, json.createObjectNode().put("ok", false).put("error_code", 401)
                        .put("description", "Unauthorized"));
                return;
            }
            String method = canonical(path[2]);
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                byte[] bytes = in.readAllBytes();
                String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
                String text = new String(bytes, StandardCharsets.UTF_8);
                body = bytes.length == 0 ? json.createObjectNode()
                        : type.startsWith("multipart/form-data") ? formFields(type, text).put("multipart", text)
                        : json.readTree(bytes);
            }
            switch (method) {
                case "deleteWebhook", "setWebhook" -> {
                    calls.add(new Call(method, body, 0));
                    respond(exchange, 200, ok().put("result", true));
                }
                case "getUpdates" -> respond(exchange, 200, ok().set("result", pendingUpdates(body)));
                case "sendMessage" -> {
                    if (floodShare > 0 && floodControl.nextDouble() < floodShare) {
                        calls.add(new Call(method, body, 0, arrived, 429));
                        ObjectNode refusal = json.createObjectNode().put("ok", false).put("error_code", 429)
                                .put("description", "Too Many Requests: retry after " + retryAfterSeconds);
                        refusal.putObject("parameters").put("retry_after", retryAfterSeconds);
                        respond(exchange, 429, refusal);
                        return;
                    }
                    ObjectNode sent = sentMessage(body);
                    calls.add(new Call(method, body, sent.get("message_id").asInt(), arrived, 200));
                    respond(exchange, 200, ok().set("result", sent));
                }
                case "editMessageText" -> {
                    calls.add(new Call(method, body, body.path("message_id").asInt()));
                    ObjectNode edited = sentMessage(body);
                    edited.put("message_id", body.path("message_id").asInt());
                    respond(exchange, 200, ok().set("result", edited));
                }
                case "copyMessage" -> {
                    int copyId = nextMessageId.getAndIncrement();
                    calls.add(new Call(method, body, copyId));
                    respond(exchange, 200, ok().set("result", json.createObjectNode().put("message_id", copyId)));
                }
                case "sendDocument" -> {
                    int documentId = nextMessageId.getAndIncrement();
                    calls.add(new Call(method, body, documentId));
                    respond(exchange, 200, ok().set("result", json.createObjectNode().put("message_id", documentId)
                            .put("date", Instant.now().getEpochSecond())));
                }
                case "getFile" -> {
                    calls.add(new Call(method, body, 0));
                    String fileId = body.path("file_id").asString();
                    byte[] file = files.get(fileId);
                    if (file == null) {
                        respond(exchange, 400, json.createObjectNode().put("ok", false).put("error_code", 400)
                                .put("description", "Bad Request: invalid file_id"));
                        return;
                    }
                    respond(exchange, 200, ok().set("result", json.createObjectNode().put("file_id", fileId)
                            .put("file_unique_id", "u-" + fileId).put("file_size", file.length).put("file_path", fileId)));
                }
                case "sendPhoto" -> {
                    ObjectNode photo = photoMessage(body, body.path("photo").asString());
                    if (photo == null) {
                        refuseUnknownFile(exchange, new Call(method, body, 0, arrived, 400));
                        return;
                    }
                    calls.add(new Call(method, body, photo.get("message_id").asInt(), arrived, 200));
                    respond(exchange, 200, ok().set("result", photo));
                }
                case "sendMediaGroup" -> {
                    ArrayNode album = json.createArrayNode();
                    for (JsonNode item : json.readTree(body.path("media").asString())) {
                        ObjectNode photo = photoMessage(body, item.path("media").asString());
                        if (photo == null) {
                            refuseUnknownFile(exchange, new Call(method, body, 0, arrived, 400));
                            return;
                        }
                        album.add(photo);
                    }
                    calls.add(new Call(method, body, album.get(album.size() - 1).get("message_id").asInt(), arrived, 200));
                    respond(exchange, 200, ok().set("result", album));
                }
                case "answerCallbackQuery" -> {
                    if (callbackAnswersFail) {
                        calls.add(new Call(method, body, 0, System.nanoTime(), 400));
                        respond(exchange, 400, json.createObjectNode().put("ok", false).put("error_code", 400)
                                .put("description", "Bad Request: query is too old and response timeout expired"));
                        return;
                    }
                    calls.add(new Call(method, body, 0));
                    respond(exchange, 200, ok().put("result", true));
                }
                default -> {
                    calls.add(new Call(method, body, 0));
                    respond(exchange, 404, json.createObjectNode().put("ok", false).put("error_code", 404)
                            .put("description", "Not Found: method " + method));
                }
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, json.createObjectNode().put("ok", false).put("error_code", 500)
                    .put("description", e.toString()));
        }
    }

    /** The download of a file the bot asked for with getFile ({@code /file/bot<token>/<file_path>}). */
    private void serveFile(HttpExchange exchange, String filePath) throws IOException {
        calls.add(new Call("download", json.createObjectNode().put("file_path", filePath), 0));
        byte[] file = files.get(filePath);
        if (file == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, file.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(file);
        }
    }

    /** The photos the bot sent to this chat (and Telegram accepted), in order. */
    List<Call> photosTo(long chatId) {
        return calls("sendPhoto").stream()
                .filter(call -> call.delivered() && call.chatId().equals(String.valueOf(chatId)))
                .toList();
    }

    /** Answers as Telegram does a photo sent by a file_id it never gave out. */
    private void refuseUnknownFile(HttpExchange exchange, Call refused) throws IOException {
        calls.add(refused);
        respond(exchange, 400, json.createObjectNode().put("ok", false).put("error_code", 400)
                .put("description", "Bad Request: wrong file identifier/HTTP URL specified"));
    }

    /** Whether the multipart form holds a file (not a text field) under this part name. */
    private static boolean uploaded(JsonNode body, String partName) {
        return body.path("multipart").asString().contains("name=\"" + partName + "\"; filename=");
    }

    /**
     * A sent photo message: a new file_id for an upload ({@code attach://<part>} naming a file part of the
     * form), the same for a known file_id; null for an unknown one.
     */
    private ObjectNode photoMessage(JsonNode request, String media) {
        String fileId;
        if (media.startsWith("attach://") && uploaded(request, media.substring("attach://".length()))) {
            fileId = "uploaded-photo-" + nextFileId.getAndIncrement();
            knownFileIds.add(fileId);
        } else if (knownFileIds.contains(media)) {
            fileId = media;
        } else {
            return null;
        }
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId.getAndIncrement());
        message.put("date", Instant.now().getEpochSecond());
        message.set("chat", chat(Long.parseLong(request.path("chat_id").asString())));
        ArrayNode sizes = message.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-small").put("file_unique_id", fileId + "-s").put("width", 90).put("height", 60);
        sizes.addObject().put("file_id", fileId).put("file_unique_id", fileId + "-u").put("width", 1280).put("height", 720);
        return message;
    }

    /** The text fields of a multipart form (TelegramBots sends setWebhook as one). */
    private ObjectNode formFields(String contentType, String form) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        ObjectNode fields = json.createObjectNode();
        for (String part : form.split(java.util.regex.Pattern.quote(boundary))) {
            int nameAt = part.indexOf("name=\"");
            int valueAt = part.indexOf("\r\n\r\n");
            if (nameAt >= 0 && valueAt >= 0) {
                String name = part.substring(nameAt + 6, part.indexOf('"', nameAt + 6));
                fields.put(name, part.substring(valueAt + 4).replaceFirst("\r\n$", ""));
            }
        }
        return fields;
    }

    /** Bot API method names are case-insensitive (TelegramBots asks for "getupdates"). */
    private static String canonical(String method) {
        for (String known : List.of("deleteWebhook", "setWebhook", "getUpdates", "sendMessage", "answerCallbackQuery",
                "editMessageText", "copyMessage", "sendDocument", "getFile", "sendPhoto", "sendMediaGroup")) {
            if (known.equalsIgnoreCase(method)) {
                return known;
            }
        }
        return method;
    }

    /** Updates from the requested offset on; waits a moment for one when none is queued. */
    private ArrayNode pendingUpdates(JsonNode request) {
        long offset = request.path("offset").asLong(0);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(POLL_HOLD_MILLIS);
        synchronized (updates) {
            updates.removeIf(update -> update.get("update_id").asLong() < offset); // confirmed by the offset
            while (updates.isEmpty()) {
                long waitMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (waitMillis <= 0) {
                    break;
                }
                try {
                    updates.wait(waitMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ArrayNode result = json.createArrayNode();
            updates.forEach(result::add);
            return result;
        }
    }

    private ObjectNode sentMessage(JsonNode request) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId.getAndIncrement());
        message.put("date", Instant.now().getEpochSecond());
        message.set("chat", chat(Long.parseLong(request.path("chat_id").asString())));
        message.put("text", request.path("text").asString());
        return message;
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("ok", true);
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
