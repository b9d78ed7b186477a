package vn.haugiang.digitalhelp.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.webchat.WebSessionProperties;
import vn.haugiang.digitalhelp.app.ProblemAnswers;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/**
 * The web chat identity is the server's: a client-chosen id is ignored, a forged cookie is refused, an
 * idle one expires into a new session, and the inbox reads only the cookie's own messages.
 */
@ServiceTest(clock = "2026-11-30T02:00:00Z")
class WebSessionTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ResidentMessages messages;
    @Autowired
    Messengers messengers;
    @Autowired
    WebSessionProperties sessionSettings;

    @Test
    void theServerIssuesASignedHttpOnlyStrictCookieAndIgnoresAClientChosenId() {
        WebVisitor visitor = new WebVisitor(port, "192.0.2.1");

        HttpResponse<String> response = visitor.postJson("/api/chat",
                "{\"sessionId\": \"victim-session-0001\", \"text\": \"xin chào\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("dh_chat=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/api/chat"));
        assertThat(visitor.sessionId()).hasValueSatisfying(id -> assertThat(id)
                .isNotEqualTo("victim-session-0001").matches("[0-9a-f]{32}"));
    }

    @Test
    void theSameCookieKeepsTheSameSession() {
        WebVisitor visitor = new WebVisitor(port, "192.0.2.2");
        visitor.say("xin chào");
        String first = visitor.sessionId().orElseThrow();

        visitor.say("cảm ơn");

        assertThat(visitor.sessionId()).contains(first);
    }

    @Test
    void aForgedCookieIsRefusedAndReplacedWithAFreshSession() {
        WebVisitor visitor = new WebVisitor(port, "192.0.2.3");
        visitor.say("xin chào");
        String[] genuine = visitor.rawCookie().orElseThrow().split("\\.");
        String victim = "0123456789abcdef0123456789abcdef";
        visitor.replaceCookie(victim + "." + genuine[1] + "." + genuine[2]);

        HttpResponse<String> refused = visitor.say("cho tôi xem tin nhắn");

        assertThat(ProblemAnswers.detail(refused, ApiProblem.SESSION_INVALID)).isEqualTo(messages.get(ResidentText.WEB_BAD_SESSION));
        assertThat(visitor.sessionId()).hasValueSatisfying(id -> assertThat(id).isNotEqualTo(victim));
        assertThat(visitor.say("xin chào").statusCode()).as("the fresh session works at once").isEqualTo(200);
    }

    @Test
    void aCookieIdleLongerThanTheTimeoutStartsANewSession() {
        WebVisitor visitor = new WebVisitor(port, "192.0.2.4");
        visitor.say("xin chào");
        String old = visitor.sessionId().orElseThrow();
        String staleCookie = visitor.rawCookie().orElseThrow();

        clock.advance(sessionSettings.idleTimeout().plusHours(1));
        visitor.replaceCookie(staleCookie);
        HttpResponse<String> response = visitor.say("xin chào");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(visitor.sessionId()).hasValueSatisfying(id -> assertThat(id).isNotEqualTo(old));
    }

    @Test
    void theInboxReadsTheCookiesOwnMessagesAndIgnoresAnIdInTheQuery() throws Exception {
        WebVisitor owner = new WebVisitor(port, "192.0.2.5");
        owner.say("xin chào");
        String ownerId = owner.sessionId().orElseThrow();
        messengers.of(Channel.WEB).orElseThrow().send(ownerId, Reply.of("Chị Tư: bạn mở ứng dụng lên nhé."));

        WebVisitor stranger = new WebVisitor(port, "192.0.2.6");
        stranger.say("xin chào");
        HttpResponse<String> snooped = stranger.get("/api/chat/inbox?sessionId=" + ownerId);
        assertThat(WebVisitor.json(snooped).path("replies").size()).isZero();

        HttpResponse<String> own = owner.get("/api/chat/inbox");
        List<String> texts = WebVisitor.json(own).path("replies").valueStream()
                .map(reply -> reply.path("text").asString()).toList();
        assertThat(texts).containsExactly("Chị Tư: bạn mở ứng dụng lên nhé.");
    }
}
