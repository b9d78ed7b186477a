package vn.haugiang.digitalhelp.bot.webchat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.privacy.ResidentDataAccess;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.PictureSource;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.limits.ChatRateLimits;
import vn.haugiang.digitalhelp.bot.outage.TurnWriteBuffer;
import vn.haugiang.digitalhelp.bot.pictures.PictureProperties;
import vn.haugiang.digitalhelp.bot.pictures.PictureReader;
import vn.haugiang.digitalhelp.bot.pictures.PictureReading;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/**
 * The web chat channel: the public page {@code /chat}, its JSON API {@code POST /api/chat} and the
 * picture upload {@code POST /api/chat/photo} (multipart {@code file}; the answer has the same shape). The
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
    private final Counter messagesIn;
    private final Counter messagesOut;
    private final Residents residents;
    private final ResidentDataAccess dataAccess;
    private final TurnWriteBuffer turnWrites;
    private final PictureReader pictures;
    private final long maxPictureBytes;
    private final ReplyHtml html;

    public WebChatController(Conversation conversation, ResidentMessages messages, WebOutbox outbox, ChatPage page,
                             WebSessions sessions, ChatRateLimits rateLimits, MeterRegistry meters,
                             Residents residents, ResidentDataAccess dataAccess, TurnWriteBuffer turnWrites,
                             PictureReader pictures, PictureProperties pictureSettings, ReplyHtml html) {
        this.turnWrites = turnWrites;
        this.pictures = pictures;
        this.maxPictureBytes = pictureSettings.maxBytes().toBytes();
        this.html = html;
        this.residents = residents;
        this.dataAccess = dataAccess;
        this.page = page;
        this.conversation = conversation;
        this.messages = messages;
        this.outbox = outbox;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.messagesIn = meters.counter("digitalhelp.messages.in", "channel", "web");
        this.messagesOut = meters.counter("digitalhelp.messages.out", "channel", "web");
    }

    /** The page, asked about again at every visit (no-cache): it names the versions of the style sheet and script. */
    @GetMapping(value = "/chat", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(page.html());
    }

    // No "consumes" condition: a body that is not JSON must reach WebChatErrors (a polite 400), which a
    // mapping condition would bypass with Spring's default 415 page.
    @PostMapping(value = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> chat(@RequestBody ChatRequest request, HttpServletRequest http,
                                  @CookieValue(name = WebSessions.COOKIE, required = false) String cookie) {
        Admission admission = admit(http, cookie);
        if (admission.refusal() != null) {
            return admission.refusal();
        }
        WebSessions.WebSession session = admission.session();
        InboundMessage message = request.action() != null && !request.action().isBlank()
                ? InboundMessage.button(Channel.WEB, session.id(), request.action())
                : InboundMessage.text(Channel.WEB, session.id(), request.text());
        return answered(session, message);
    }

    /**
     * A picture from the visitor (a screenshot of an error, most often): read, and its words answered like
     * a typed question. The same limits as a typed message apply; a file that is not a PNG or JPEG picture,
     * or is too large (also by its pixel count, before decoding) is refused with a polite error, and nothing
     * about it is stored.
     */
    @PostMapping(value = "/api/chat/photo", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> photo(@RequestParam(name = "file", required = false) MultipartFile file,
                                   HttpServletRequest http,
                                   @CookieValue(name = WebSessions.COOKIE, required = false) String cookie)
            throws java.io.IOException {
        Admission admission = admit(http, cookie);
        if (admission.refusal() != null) {
            return admission.refusal();
        }
        WebSessions.WebSession session = admission.session();
        if (file == null || file.isEmpty()) {
            return refusedPicture(PictureReading.Outcome.NOT_A_PICTURE);
        }
        byte[] bytes;
        try (java.io.InputStream in = file.getInputStream()) {
            bytes = PictureSource.bounded(in, maxPictureBytes);
        } catch (PictureSource.TooLarge e) {
            return refusedPicture(PictureReading.Outcome.TOO_LARGE);
        }
        Optional<PictureReading> refused = pictures.refusal(bytes);
        if (refused.isPresent()) {
            return refusedPicture(refused.get().outcome());
        }
        return answered(session, InboundMessage.photo(Channel.WEB, session.id(), null, maxBytes -> bytes));
    }

    /** A message may be read, in this session, unless its address or session sends too fast or the cookie is forged. */
    private record Admission(WebSessions.WebSession session, ResponseEntity<ProblemDetail> refusal) {
    }

    private Admission admit(HttpServletRequest http, String cookie) {
        Optional<Duration> addressWait = rateLimits.forAddress(http.getRemoteAddr());
        if (addressWait.isPresent()) {
            return new Admission(null, tooMany(addressWait.get()));
        }
        WebSessions.WebSession session = sessions.resolve(cookie);
        if (session.state() == WebSessions.WebSession.State.FORGED) {
            return new Admission(null, badSession(session));
        }
        Optional<Duration> residentWait = rateLimits.forResident(session.id());
        if (residentWait.isPresent()) {
            return new Admission(null, tooMany(residentWait.get()));
        }
        return new Admission(session, null);
    }

    private ResponseEntity<ProblemDetail> refusedPicture(PictureReading.Outcome why) {
        return why == PictureReading.Outcome.TOO_LARGE
                ? ApiProblem.PICTURE_TOO_LARGE.answer(messages.get(ResidentText.PICTURE_TOO_LARGE))
                : ApiProblem.NOT_A_PICTURE.answer(messages.get(ResidentText.PICTURE_NOT_A_PICTURE));
    }

    private ResponseEntity<?> answered(WebSessions.WebSession session, InboundMessage message) {
        messagesIn.increment();
        TurnResult result = conversation.handle(message);
        messagesOut.increment(result.replies().size());
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
    private ResponseEntity<ProblemDetail> badSession(WebSessions.WebSession fresh) {
        ApiProblem kind = ApiProblem.SESSION_INVALID;
        return kind.response()
                .header(HttpHeaders.SET_COOKIE, sessions.cookie(fresh.id()).toString())
                .body(kind.detail(messages.get(ResidentText.WEB_BAD_SESSION)));
    }

    private ResponseEntity<ProblemDetail> tooMany(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ApiProblem kind = ApiProblem.TOO_MANY_REQUESTS;
        return kind.response()
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(kind.detail(messages.get(ResidentText.WEB_TOO_MANY)));
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
        return ApiProblem.NOT_FOUND.answer(messages.get(ResidentText.WEB_BAD_SESSION));
    }

    private List<ChatResponse.ChatReply> rendered(List<Reply> replies) {
        return replies.stream()
                .map(reply -> new ChatResponse.ChatReply(reply.markdown(), html.of(reply.markdown()),
                        reply.buttons().stream()
                                .map(b -> new ChatResponse.ChatButton(b.label(), b.action()))
                                .toList()))
                .toList();
    }
}
