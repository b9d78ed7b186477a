package vn.haugiang.digitalhelp.bot.webchat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.privacy.ResidentDataAccess;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.limits.ChatRateLimits;
import vn.haugiang.digitalhelp.bot.outage.TurnWriteBuffer;

/**
 * The web chat channel: the public page {@code /chat} and its JSON API {@code POST /api/chat}. The
 * visitor's identity is the server-issued session cookie ({@link WebSessions}); anything the client says
 * about who it is is ignored.
 */
@RestController
public class WebChatController {

    private final Conversation conversation;
    private final ResidentMessages messages;
    private final WebOutbox outbox;
    private final ChatPage page;
    private final WebSessions sessions;
    private final ChatRateLimits rateLimits;
    private final MeterRegistry meters;
    private final Residents residents;
    private final ResidentDataAccess dataAccess;
    private final TurnWriteBuffer turnWrites;

    public WebChatController(Conversation conversation, ResidentMessages messages, WebOutbox outbox, ChatPage page,
                             WebSessions sessions, ChatRateLimits rateLimits, MeterRegistry meters,
                             Residents residents, ResidentDataAccess dataAccess, TurnWriteBuffer turnWrites) {
        this.turnWrites = turnWrites;
        this.residents = residents;
        this.dataAccess = dataAccess;
        this.page = page;
        this.conversation = conversation;
        this.messages = messages;
        this.outbox = outbox;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.meters = meters;
    }

    @GetMapping(value = "/chat", produces = MediaType.TEXT_HTML_VALUE)
    public String page() {
        return page.html();
    }

    // No "consumes" condition: a body that is not JSON must reach WebChatErrors (a polite 400), which a
    // mapping condition would bypass with Spring's default 415 page.
    @PostMapping(value = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> chat(@RequestBody ChatRequest request, HttpServletRequest http,
                                  @CookieValue(name = WebSessions.COOKIE, required = false) String cookie) {
        Optional<Duration> addressWait = rateLimits.forAddress(http.getRemoteAddr());
        if (addressWait.isPresent()) {
            return tooMany(addressWait.get());
        }
        WebSessions.WebSession session = sessions.resolve(cookie);
        if (session.state() == WebSessions.WebSession.State.FORGED) {
            return badSession(session);
        }
        Optional<Duration> residentWait = rateLimits.forResident(session.id());
        if (residentWait.isPresent()) {
            return tooMany(residentWait.get());
        }
        meters.counter("digitalhelp.messages.in", "channel", "web").increment();
        InboundMessage message = request.action() != null && !request.action().isBlank()
                ? InboundMessage.button(Channel.WEB, session.id(), request.action())
                : InboundMessage.text(Channel.WEB, session.id(), request.text());
        TurnResult result = conversation.handle(message);
        meters.counter("digitalhelp.messages.out", "channel", "web").increment(result.replies().size());
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, sessions.cookie(session.id()).toString())
                .body(new ChatResponse(rendered(result.replies()), result.outcome().name(), result.topic()));
    }

    /**
     * Messages waiting for the visitor (a team member's answers); the page asks every few seconds. While
     * MongoDB is away there are none to give (they stay stored), and no request thread waits for it.
     */
    @GetMapping(value = "/api/chat/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> inbox(@CookieValue(name = WebSessions.COOKIE, required = false) String cookie) {
        WebSessions.WebSession session = sessions.resolve(cookie);
        return switch (session.state()) {
            case FORGED -> badSession(session);
            case NEW -> ResponseEntity.ok(new ChatResponse(List.of(), "RELAYED", null));
            case VALID -> ResponseEntity.ok(new ChatResponse(
                    turnWrites.databaseAway() ? List.of() : rendered(outbox.take(session.id())), "RELAYED", null));
        };
    }

    /** A forged cookie is refused; the visitor gets a fresh session with the refusal, so a reload recovers. */
    private ResponseEntity<ChatError> badSession(WebSessions.WebSession fresh) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.SET_COOKIE, sessions.cookie(fresh.id()).toString())
                .body(new ChatError(messages.get(ResidentText.WEB_BAD_SESSION)));
    }

    private ResponseEntity<ChatError> tooMany(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(new ChatError(messages.get(ResidentText.WEB_TOO_MANY)));
    }

    /** The visitor's own data ({@code /xemdulieu}), as a JSON file; only for the session its cookie names. */
    @GetMapping(value = ResidentDataAccess.WEB_DOWNLOAD)
    public ResponseEntity<?> myData(@CookieValue(name = WebSessions.COOKIE, required = false) String cookie) {
        WebSessions.WebSession session = sessions.resolve(cookie);
        if (session.state() == WebSessions.WebSession.State.FORGED) {
            return badSession(session);
        }
        if (session.state() != WebSessions.WebSession.State.VALID) {
            return nothingStored();
        }
        return residents.byChat(Channel.WEB, session.id())
                .<ResponseEntity<?>>map(resident -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(ResidentDataAccess.FILE_NAME).build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(dataAccess.asJson(resident)))
                .orElseGet(this::nothingStored);
    }

    /** A session with nothing stored about it (new, expired, or never a resident): nothing to download. */
    private ResponseEntity<?> nothingStored() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ChatError(messages.get(ResidentText.WEB_BAD_SESSION)));
    }

    private static List<ChatResponse.ChatReply> rendered(List<Reply> replies) {
        return replies.stream()
                .map(reply -> new ChatResponse.ChatReply(reply.markdown(), WebHtml.render(reply.markdown()),
                        reply.buttons().stream()
                                .map(b -> new ChatResponse.ChatButton(b.label(), b.action()))
                                .toList()))
                .toList();
    }
}
