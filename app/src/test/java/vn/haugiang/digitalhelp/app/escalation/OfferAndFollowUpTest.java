package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.delivery.RetryPolicy;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.outcome.FollowUps;
import vn.haugiang.digitalhelp.bot.outcome.OutcomeFollowUps;

/** Before and after a person: the bot offers one after unanswered questions, and asks a follow-up once. */
class OfferAndFollowUpTest extends EscalationServiceTest {

    @Autowired
    Conversation conversation;
    @Autowired
    Projector projector;
    @Autowired
    OutcomeFollowUps outcomeFollowUps;
    @Autowired
    FollowUps followUps;
    @Autowired
    Messengers messengers;
    @Autowired
    ResidentMessages messages;
    @Autowired
    RetryPolicy retryPolicy;

    @Test
    void twoUnansweredQuestionsInARowBringAnOfferOfAPerson() {
        String chat = "offer-" + UUID.randomUUID();
        var first = conversation.handle(InboundMessage.text(Channel.WEB, chat, "giá heo hơi hôm nay"));
        assertThat(first.replies()).hasSize(2); // the fallback, then a first contact's privacy notice
        assertThat(first.replies().get(1).markdown()).startsWith("Về dữ liệu của bạn");
        var second = conversation.handle(InboundMessage.text(Channel.WEB, chat, "giá lúa hôm nay bao nhiêu"));
        assertThat(second.replies()).hasSize(2);
        assertThat(second.replies().get(1).markdown()).contains("gặp thành viên Tổ công nghệ số");
        assertThat(second.replies().get(1).buttons()).extracting(b -> b.action()).containsExactly("team");
    }

    @Test
    void withTwoInstancesAFollowUpQuestionIsAskedOnce() throws Exception {
        String chat = "follow-up-" + UUID.randomUUID();
        var answer = conversation.handle(InboundMessage.text(Channel.WEB, chat, "cai app hau giang tren dien thoai android"));
        assertThat(answer.topic()).isEqualTo("app-install-android");
        projector.catchUp();
        clock.advance(Duration.ofHours(21));
        int due = followUps.due(clock.instant(), 1000).size();
        assertThat(due).isGreaterThanOrEqualTo(1);
        OutcomeFollowUps otherInstance = new OutcomeFollowUps(followUps, residents, messengers, messages,
                retryPolicy, clock);
        assertThat(bothAtOnce(() -> outcomeFollowUps.sendDue(), () -> otherInstance.sendDue()))
                .as("every due follow-up sent by exactly one instance").isEqualTo(due);
        assertThat(mongo.count(Query.query(Criteria.where("sessionId").is(chat)), "web_outbox")).isEqualTo(1);
        assertThat(outcomeFollowUps.sendDue()).isZero();
    }
}
