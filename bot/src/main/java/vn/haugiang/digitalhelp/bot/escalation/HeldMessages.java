package vn.haugiang.digitalhelp.bot.escalation;

import java.util.List;

import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Voice messages and photos a resident on Telegram passed to a request nobody has taken yet. Their Telegram
 * message ids wait on the request ({@code escalations.voiceMessageIds}, a name from when only voice messages
 * were held; one atomic {@code $addToSet} each); when a member takes the request, each is copied to that
 * member as the message it is, then forgotten.
 */
@Component
class HeldMessages {

    static final String FIELD = "voiceMessageIds";

    private final MongoTemplate mongo;
    private final TeamMembers members;
    private final Messengers messengers;

    HeldMessages(MongoTemplate mongo, TeamMembers members, Messengers messengers) {
        this.mongo = mongo;
        this.members = members;
        this.messengers = messengers;
    }

    void keep(String escalationId, String messageId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(escalationId)),
                new Update().addToSet(FIELD, messageId), Escalation.class);
    }

    @EventListener
    void claimed(EscalationClaimed claimed) {
        Escalation escalation = claimed.escalation();
        if (escalation.channel() != TeamMember.CHANNEL || !Escalations.isTeamMember(escalation.claimedBy())) {
            // A message is copied within Telegram, from the resident's chat to a member's; an official who takes
            // the request in the console leaves them held for a member it may be given to later.
            return;
        }
        Document taken = mongo.findAndModify(Query.query(Criteria.where("_id").is(escalation.id()).and(FIELD).exists(true)),
                new Update().unset(FIELD), Document.class, mongo.getCollectionName(Escalation.class));
        List<String> held = taken == null ? List.of() : taken.getList(FIELD, String.class, List.of());
        if (held.isEmpty()) {
            return;
        }
        members.find(escalation.claimedBy()).filter(TeamMember::linked).ifPresent(member -> held.forEach(messageId ->
                messengers.copyQuietly(TeamMember.CHANNEL, escalation.chatId(), messageId, member.telegramChatId(),
                        "member " + member.id())));
    }
}
