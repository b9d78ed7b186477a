package vn.haugiang.digitalhelp.bot.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.InteractionLog;
import vn.haugiang.digitalhelp.bot.outcome.SkillOutcomes;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * A resident's {@code /xemdulieu}: everything stored about them, as a short readable message and in
 * full as JSON (a file on Telegram, a download on the web chat), and the request in the register.
 */
@Component
public class ResidentDataAccess {

    public static final String FILE_NAME = "du-lieu-cua-toi.json";
    /** Where a web visitor downloads their data; bound to their own chat session. */
    public static final String WEB_DOWNLOAD = "/api/chat/my-data";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InteractionLog log;
    private final Escalations escalations;
    private final SkillOutcomes outcomes;
    private final AreaDirectory areas;
    private final TeamMembers members;
    private final Messengers messengers;
    private final RightsRequests rightsRequests;
    private final ResidentMessages messages;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock;

    public ResidentDataAccess(InteractionLog log, Escalations escalations, SkillOutcomes outcomes, AreaDirectory areas,
                              TeamMembers members, Messengers messengers, RightsRequests rightsRequests,
                              ResidentMessages messages, JsonMapper json, ZoneId zone, Clock clock) {
        this.log = log;
        this.escalations = escalations;
        this.outcomes = outcomes;
        this.areas = areas;
        this.members = members;
        this.messengers = messengers;
        this.rightsRequests = rightsRequests;
        this.messages = messages;
        this.json = json;
        this.zone = zone;
        this.clock = clock;
    }

    /** The answer to {@code /xemdulieu}: the summary, and the full data sent or offered as a file. */
    public List<Reply> show(Resident resident) {
        ResidentData data = collect(resident);
        String summary = summary(data);
        String full = resident.channel() == Channel.WEB
                ? messages.format(ResidentText.DATA_ACCESS_DOWNLOAD, WEB_DOWNLOAD)
                : messages.get(sentAsFile(resident, data) ? ResidentText.DATA_ACCESS_FILE_SENT
                        : ResidentText.DATA_ACCESS_FILE_FAILED);
        rightsRequests.record(RightsRequest.Kind.ACCESS, resident.channel(), RightsRequest.Outcome.ANSWERED);
        return List.of(Reply.of(summary + "\n\n" + full));
    }

    /** The full data as JSON bytes (UTF-8). */
    public byte[] asJson(Resident resident) {
        return asJson(collect(resident));
    }

    private byte[] asJson(ResidentData data) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    ResidentData collect(Resident resident) {
        Optional<Hamlet> hamlet = Optional.ofNullable(resident.hamletId()).flatMap(areas::hamlet);
        String commune = Optional.ofNullable(resident.communeId()).flatMap(areas::commune).map(Commune::name).orElse(null);
        ResidentData.Profile profile = new ResidentData.Profile(resident.channel().name(), resident.chatId(), commune,
                hamlet.map(Hamlet::name).orElse(null), resident.firstSeen(), resident.lastSeen(), resident.noticeVersion());
        List<ResidentData.Consent> consents = resident.consents().stream()
                .map(c -> new ResidentData.Consent(c.purpose().name(), c.given(), c.noticeVersion(), c.at())).toList();
        List<ResidentData.Request> requests = escalations.ofResident(resident.id()).stream().map(this::request).toList();
        List<ResidentData.Turn> turns = log.ofResident(resident.id()).stream().map(ResidentDataAccess::turn).toList();
        List<ResidentData.Outcome> skills = outcomes.ofResident(resident.id()).stream()
                .map(outcome -> new ResidentData.Outcome(outcome.skill().name(), outcome.confirmedAt())).toList();
        return new ResidentData(clock.instant(), profile, consents, requests, turns, skills);
    }

    private ResidentData.Request request(Escalation escalation) {
        String helper = Optional.ofNullable(escalation.claimedBy()).flatMap(members::find).map(TeamMember::firstName)
                .orElse(null);
        List<ResidentData.Line> lines = escalation.transcript() == null ? List.of() : escalation.transcript().stream()
                .map(line -> new ResidentData.Line(line.at(), line.speaker().name(), line.text())).toList();
        return new ResidentData.Request(escalation.openedAt(), escalation.closedAt(), escalation.status().name(),
                escalation.question(), escalation.phone(), helper, escalation.rating(), escalation.solved(), lines);
    }

    private static ResidentData.Turn turn(Interaction turn) {
        return new ResidentData.Turn(turn.at(), turn.question(), turn.outcome() == null ? null : turn.outcome().name(),
                turn.topic(), turn.feedback() == null ? null : turn.feedback().name());
    }

    private String summary(ResidentData data) {
        ResidentData.Profile profile = data.profile();
        String place = profile.hamlet() == null ? messages.get(ResidentText.DATA_ACCESS_NO_PLACE)
                : MarkdownText.literal(profile.hamlet() + ", " + profile.commune());
        long keptTexts = data.turns().stream().filter(turn -> turn.question() != null).count();
        return messages.format(ResidentText.DATA_ACCESS_SUMMARY, place,
                DAY.format(profile.firstSeen().atZone(zone)), data.turns().size(), keptTexts,
                data.requests().size(), data.confirmedSkills().size());
    }

    private boolean sentAsFile(Resident resident, ResidentData data) {
        Optional<ChatMessenger> messenger = messengers.of(resident.channel());
        if (messenger.isEmpty()) {
            return false;
        }
        try {
            return messenger.get().sendDocument(resident.chatId(), FILE_NAME, asJson(data));
        } catch (ChatMessenger.DeliveryFailed e) {
            return false;
        }
    }
}
