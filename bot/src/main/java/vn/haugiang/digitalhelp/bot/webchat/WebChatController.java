package vn.haugiang.digitalhelp.bot.webchat;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.MeterRegistry;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.privacy.ResidentDataAccess;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;

/** The web chat channel: the public page {@code /chat} and its JSON API {@code POST /api/chat}. */
@RestController
public class WebChatController {

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final Conversation conversation;
    private final ResidentMessages messages;
    private final WebOutbox outbox;
    private final ChatPage page;
    private final MeterRegistry meters;
    private final Residents residents;
    private final ResidentDataAccess dataAccess;

    public WebChatController(Conversation conversation, ResidentMessages messages, WebOutbox outbox, ChatPage page,
                             MeterRegistry meters, Residents residents, ResidentDataAccess dataAccess) {
        this.residents = residents;
        this.dataAccess = dataAccess;
        this.page = page;
        this.conversation = conversation;
        this.messages = messages;
        this.outbox = outbox;
        this.meters = meters;
    }

    @GetMapping(value = "/chat", produces = MediaType.TEXT_HTML_VALUE)
    public String page() {
        return page.html();
    }

    // No "consumes" condition: a body that is not JSON must reach WebChatErrors (a polite 400), which a
    // mapping condition would bypass with Spring's default 415 page.
    @PostMapping(value = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> chat(@RequestBody ChatRequest request) {
        if (request.sessionId() == null || !SESSION_ID.matcher(request.sessionId()).matches()) {
            return ResponseEntity.badRequest().body(new ChatError(messages.get(ResidentText.WEB_BAD_SESSION)));
        }
        meters.counter("digitalhelp.messages.in", "channel", "web").increment();
        InboundMessage message = request.action() != null && !request.action().isBlank()
                ? InboundMessage.button(Channel.WEB, request.sessionId(), request.action())
                : InboundMessage.text(Channel.WEB, request.sessionId(), request.text());
        TurnResult result = conversation.handle(message);
        meters.counter("digitalhelp.messages.out", "channel", "web").increment(result.replies().size());
        return ResponseEntity.ok(new ChatResponse(rendered(result.replies()), result.outcome().name(), result.topic()));
    }

    /** Messages waiting for the visitor (a team member's answers); the page asks every few seconds. */
    @GetMapping(value = "/api/chat/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> inbox(@RequestParam(required = false) String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            return ResponseEntity.badRequest().body(new ChatError(messages.get(ResidentText.WEB_BAD_SESSION)));
        }
        return ResponseEntity.ok(new ChatResponse(rendered(outbox.take(sessionId)), "RELAYED", null));
    }

    /** The visitor's own data ({@code /xemdulieu}), as a JSON file; only for the session that asks. */
    @GetMapping(value = ResidentDataAccess.WEB_DOWNLOAD)
    public ResponseEntity<?> myData(@RequestParam(required = false) String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            return ResponseEntity.badRequest().body(new ChatError(messages.get(ResidentText.WEB_BAD_SESSION)));
        }
        return residents.byChat(Channel.WEB, sessionId)
                .<ResponseEntity<?>>map(resident -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(ResidentDataAccess.FILE_NAME).build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(dataAccess.asJson(resident)))
                .orElseGet(() -> ResponseEntity.status(404).body(new ChatError(messages.get(ResidentText.WEB_BAD_SESSION))));
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
