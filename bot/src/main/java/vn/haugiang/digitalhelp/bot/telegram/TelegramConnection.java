package vn.haugiang.digitalhelp.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.chat.PictureSource;

/**
 * The one way to the Bot API server: every call of the poller, the webhook registration, the sender,
 * button acknowledgements and the download of residents' pictures goes through here, which also remembers whether the server answered lately
 * (for the {@code telegram} health component). Creating it never calls the server, so the service starts
 * with Telegram unreachable.
 */
@Component
public class TelegramConnection {

    /** The last thing learnt about the Bot API server. */
    public record Status(boolean reachable, Instant at, String problem) {
    }

    private final BotProperties.Telegram settings;
    private final Clock clock;
    private final OkHttpClient http;
    private final TelegramClient client;
    private final AtomicReference<Status> status = new AtomicReference<>();

    public TelegramConnection(BotProperties properties, Clock clock) {
        this.settings = properties.telegram();
        this.clock = clock;
        this.http = settings.enabled() ? http(settings) : null;
        this.client = settings.enabled() ? new OkHttpTelegramClient(http, settings.token(), telegramUrl(settings.apiUrl())) : null;
    }

    public boolean enabled() {
        return client != null;
    }

    /** Calls the Bot API; a refusal or a network failure is remembered and thrown. */
    public <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
        return remembered(telegram -> telegram.execute(method));
    }

    /** Sends a file (a multipart call, which {@link #call} does not take). */
    public void sendDocument(SendDocument document) throws TelegramApiException {
        remembered(telegram -> telegram.execute(document));
    }

    /**
     * Downloads a file a resident sent ({@code getFile}, then the file itself), at most {@code maxBytes}:
     * a file Telegram says is larger is not downloaded at all.
     *
     * @throws PictureSource.TooLarge when the file is over {@code maxBytes}
     */
    public byte[] download(String fileId, long maxBytes) throws IOException {
        try {
            org.telegram.telegrambots.meta.api.objects.File file = call(GetFile.builder().fileId(fileId).build());
            if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
                throw new PictureSource.TooLarge();
            }
            Request request = new Request.Builder().url(fileUrl(file.getFilePath())).get().build();
            try (Response response = http.newCall(request).execute()) {
                if (!response.isSuccessful()) {
                    throw new IOException("The file download answered HTTP " + response.code());
                }
                try (InputStream in = response.body().byteStream()) {
                    return PictureSource.bounded(in, maxBytes);
                }
            }
        } catch (TelegramApiException e) {
            throw new IOException("The file could not be fetched from Telegram", e);
        }
    }

    /** Where the Bot API serves a file: {@code <api url>/file/bot<token>/<file_path>}. */
    private String fileUrl(String filePath) {
        return settings.apiUrl().replaceFirst("/+$", "") + "/file/bot" + settings.token() + "/" + filePath;
    }

    public boolean setWebhook(SetWebhook method) throws TelegramApiException {
        return Boolean.TRUE.equals(remembered(telegram -> telegram.execute(method)));
    }

    private interface ApiCall<T> {
        T on(TelegramClient client) throws TelegramApiException;
    }

    private <T> T remembered(ApiCall<T> call) throws TelegramApiException {
        if (client == null) {
            throw new TelegramApiException("Telegram is off");
        }
        try {
            T result = call.on(client);
            status.set(new Status(true, clock.instant(), null));
            return result;
        } catch (TelegramApiRequestException refused) {
            Integer code = refused.getErrorCode();
            boolean serverFault = code == null || code >= 500;
            status.set(new Status(!serverFault, clock.instant(), serverFault ? "HTTP " + code : null));
            throw refused;
        } catch (TelegramApiException unreachable) {
            status.set(new Status(false, clock.instant(), unreachable.getClass().getSimpleName()));
            throw unreachable;
        }
    }

    /** What is known about the server; empty before the first call. */
    public java.util.Optional<Status> status() {
        return java.util.Optional.ofNullable(status.get());
    }

    private static OkHttpClient http(BotProperties.Telegram settings) {
        long pollSeconds = settings.pollTimeout().toSeconds();
        return new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(pollSeconds + 10, TimeUnit.SECONDS)
                .writeTimeout(10, TimeUnit.SECONDS)
                .build();
    }

    static TelegramUrl telegramUrl(String apiUrl) {
        URI uri = URI.create(apiUrl);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (https ? 443 : 80);
        return new TelegramUrl(https ? "https" : "http", uri.getHost(), port, false);
    }
}
