package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import vn.haugiang.digitalhelp.app.SettledResidents;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * The known questions of the dashboard tests, asked this month through the real conversation (web chat)
 * on a fresh database. Vị Thanh: two residents, each asks the Android guide (answered) and the rice price
 * (no guide), so 4 questions, 2 residents, 2 answered, 2 fallback, 2 conversations, none escalated, and one
 * content gap of two wordings. Long Mỹ: one resident, three questions no guide fits.
 */
final class DashboardQuestions {

    static final String ANDROID = "cai app hau giang tren dien thoai android";
    static final String RICE_PRICE = "giá lúa hôm nay bao nhiêu";
    static final String RICE_PRICE_TODAY = "giá lúa hôm nay thế nào";
    static final String OTHER_COMMUNE_QUESTION = "nuôi vịt xiêm";

    private DashboardQuestions() {
    }

    /** Asks the questions and lets the projection count them. */
    static void ask(Conversation conversation, Residents residents, AreaDirectory areas, Projector projector) {
        Hamlet own = SettledResidents.firstHamlet(areas, AdminAccounts.COMMUNE_NAME);
        for (String riceQuestion : List.of(RICE_PRICE, RICE_PRICE_TODAY)) {
            String chat = resident(residents, own);
            say(conversation, chat, ANDROID, TurnOutcome.ANSWER);
            say(conversation, chat, riceQuestion, TurnOutcome.FALLBACK);
        }
        String other = resident(residents, SettledResidents.firstHamlet(areas, "Long Mỹ"));
        for (String question : List.of(OTHER_COMMUNE_QUESTION, "nuôi vịt xiêm mau lớn", "giống vịt xiêm")) {
            say(conversation, other, question, TurnOutcome.FALLBACK);
        }
        projector.catchUp();
    }

    static String resident(Residents residents, Hamlet hamlet) {
        String chat = "dashboard-" + UUID.randomUUID();
        SettledResidents.settle(residents, chat, hamlet);
        return chat;
    }

    static void say(Conversation conversation, String chat, String text, TurnOutcome outcome) {
        assertThat(conversation.handle(InboundMessage.text(Channel.WEB, chat, text)).outcome()).as(text).isEqualTo(outcome);
    }
}
