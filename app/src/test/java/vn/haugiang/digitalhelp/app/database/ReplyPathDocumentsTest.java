package vn.haugiang.digitalhelp.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.interaction.Feedback;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.InteractionDocument;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionSources;
import vn.haugiang.digitalhelp.bot.protection.FieldCipher;
import vn.haugiang.digitalhelp.bot.protection.SealedField;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * The reply path's two writes are built by hand, without the entity mapping (it cost more than the round
 * trip): the documents they store are exactly the ones the mapping stored, and read back as the same values.
 */
@ServiceTest(clock = "2026-11-30T03:15:00Z")
class ReplyPathDocumentsTest {

    @Autowired
    Residents residents;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FieldCipher cipher;
    @Autowired
    MutableClock clock;

    @Test
    void aFirstContactStoresTheProfileAsTheEntityMappingDid() {
        Residents.Seen seen = residents.seen(Channel.WEB, "docs-first");

        assertThat(seen.isNew()).isTrue();
        Document stored = mongo.findById(new ObjectId(seen.resident().id()), Document.class, "residents");
        assertThat(stored).containsOnlyKeys("_id", "pseudonym", "channel", "chatId", "step", "failedAttempts",
                "escalateAfterArea", "noticeVersion", "firstSeen", "lastSeen");
        assertThat(stored.get("_id")).isEqualTo(new ObjectId(seen.resident().id()));
        assertThat(stored.get("pseudonym")).isEqualTo(seen.resident().pseudonym());
        assertThat(stored.get("channel")).isEqualTo("WEB");
        assertThat(stored.getString("chatId")).startsWith("enc:").doesNotContain("docs-first");
        assertThat(cipher.open(SealedField.RESIDENT_CHAT_ID, stored.getString("chatId"))).isEqualTo("docs-first");
        assertThat(stored.get("step")).isEqualTo("NONE");
        assertThat(stored.get("failedAttempts")).isEqualTo(0);
        assertThat(stored.get("escalateAfterArea")).isEqualTo(false);
        assertThat(stored.get("noticeVersion")).isEqualTo(0);
        assertThat(stored.get("firstSeen")).isEqualTo(Date.from(clock.instant()));
        assertThat(stored.get("lastSeen")).isEqualTo(Date.from(clock.instant()));
        Resident readBack = residents.find(seen.resident().id()).orElseThrow();
        assertThat(readBack).usingRecursiveComparison().ignoringFields("consents").isEqualTo(seen.resident());
        assertThat(readBack.consents()).isEmpty();
    }

    @Test
    void aFirstContactShowingTheNoticeStoresItAsTheSeparateUpdateDid() {
        Resident separately = residents.seen(Channel.WEB, "docs-notice-a").resident();
        residents.noticeShown(separately.id());

        Residents.Seen folded = residents.seenShowingNotice(Channel.WEB, "docs-notice-b");

        assertThat(folded.isNew()).isTrue();
        assertThat(folded.resident().noticeVersion()).as("the profile before this message: the turn shows the notice")
                .isZero();
        Document expected = stored(separately.id());
        Document actual = stored(folded.resident().id());
        assertThat(actual.get("noticeVersion")).isEqualTo(expected.get("noticeVersion")).isEqualTo(Resident.NOTICE_VERSION);
        assertThat(actual.get("consents")).isEqualTo(expected.get("consents"));
        assertThat(residents.find(folded.resident().id()).orElseThrow().consents())
                .containsExactly(new Resident.Consent(Resident.Purpose.NOTICE, true, Resident.NOTICE_VERSION, clock.instant()));

        Residents.Seen again = residents.seenShowingNotice(Channel.WEB, "docs-notice-b");
        assertThat(again.isNew()).isFalse();
        assertThat(again.resident().noticeVersion()).isEqualTo(Resident.NOTICE_VERSION);
        assertThat(stored(folded.resident().id()).get("consents")).as("nothing recorded twice").isEqualTo(expected.get("consents"));
    }

    @Test
    void aFirstTurnThatFailedTakesTheNoticeBackSoTheNextTurnShowsIt() {
        Residents.Seen failedTurn = residents.seenShowingNotice(Channel.WEB, "docs-notice-failed");

        residents.noticeNotShown(failedTurn.resident().id());

        Document stored = stored(failedTurn.resident().id());
        assertThat(stored.get("noticeVersion")).isEqualTo(0);
        assertThat(stored).doesNotContainKey("consents");
        Residents.Seen next = residents.seenShowingNotice(Channel.WEB, "docs-notice-failed");
        assertThat(next.isNew()).isFalse();
        assertThat(next.resident().noticeVersion()).as("the notice is still due").isZero();
        assertThat(next.resident().consents()).isNullOrEmpty();
    }

    @Test
    void aReturningResidentIsReadAsTheMappingReadsItAndOnlyLastSeenMoves() {
        assertThat(Resident.class.getRecordComponents()).as("a new field of Resident is read by ResidentDocument too")
                .hasSize(15);
        Resident first = residents.seenShowingNotice(Channel.TELEGRAM, "docs-again").resident();
        residents.settle(first.id(), "commune-a", "hamlet-b");
        residents.choosingHamlet(first.id(), "commune-c");
        residents.failed(first.id());
        residents.reserveEscalation(first.id(), "request-1", null);
        Instant firstSeen = clock.instant();
        clock.set(firstSeen.plusSeconds(90));

        Residents.Seen again = residents.seen(Channel.TELEGRAM, "docs-again");

        assertThat(again.isNew()).isFalse();
        Resident mapped = residents.find(first.id()).orElseThrow();
        assertThat(again.resident()).isEqualTo(mapped);
        assertThat(mapped).isEqualTo(new Resident(first.id(), first.pseudonym(), Channel.TELEGRAM, "docs-again",
                "commune-a", "hamlet-b", Resident.DialogStep.CHOOSING_HAMLET, "commune-c", 1, "request-1", false,
                Resident.NOTICE_VERSION, mapped.consents(), firstSeen, firstSeen.plusSeconds(90)));
        assertThat(mapped.consents()).extracting(Resident.Consent::purpose)
                .containsExactly(Resident.Purpose.NOTICE, Resident.Purpose.HAMLET);
        Document stored = stored(first.id());
        assertThat(stored.get("firstSeen")).isEqualTo(Date.from(firstSeen));
        assertThat(stored.get("lastSeen")).isEqualTo(Date.from(firstSeen.plusSeconds(90)));
        clock.set(firstSeen);
    }

    @Test
    void aTurnIsStoredAsTheEntityMappingStoredIt() {
        Instant at = Instant.parse("2026-11-30T03:15:00.123Z");
        List<Interaction> turns = List.of(
                new Interaction(new ObjectId().toHexString(), at, "2026-11-30", Channel.WEB, new ObjectId().toHexString(),
                        "commune-a", "hamlet-b", "cách cài vneid", null, TurnOutcome.ANSWER, "vneid", "article-1", 7.25,
                        1_234, null, null),
                new Interaction(new ObjectId().toHexString(), at, "2026-11-30", Channel.TELEGRAM, "not-an-object-id",
                        null, null, null, "fb:1:yes", TurnOutcome.COMMAND, "vneid", null, 0, 0, Feedback.DONE, at),
                new Interaction(new ObjectId().toHexString(), at, "2026-11-30", Channel.WEB, new ObjectId().toHexString(),
                        null, null, "???", null, TurnOutcome.FALLBACK, null, null, 0.5, 99, Feedback.NOT_YET, null));

        for (Interaction turn : turns) {
            Document byHand = InteractionDocument.pending(turn);
            assertThat(byHand).isEqualTo(ProjectionSources.pending(mongo, turn));
            assertThat(List.copyOf(byHand.keySet())).isEqualTo(List.copyOf(ProjectionSources.pending(mongo, turn).keySet()));
            mongo.insert(byHand, ProjectionSources.INTERACTIONS);
            assertThat(mongo.findById(turn.id(), Interaction.class, ProjectionSources.INTERACTIONS)).isEqualTo(turn);
        }
    }

    private Document stored(String residentId) {
        return mongo.findById(new ObjectId(residentId), Document.class, "residents");
    }
}
