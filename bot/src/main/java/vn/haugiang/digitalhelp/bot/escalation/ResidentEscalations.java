package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.limits.LimitsInForce;
import vn.haugiang.digitalhelp.bot.limits.RequestQuota;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Change;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Line;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Speaker;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The resident's side of a request for a person: opening it (stored first, then notified), writing
 * while it waits or is being handled, cancelling, and rating the help afterwards.
 */
@Component
public class ResidentEscalations {

    public static final String CANCEL = "cancel:";
    public static final String RATE = "rate:";
    public static final String SOLVED = "solved:";
    private static final DateTimeFormatter DUTY_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM");

    private final Escalations escalations;
    private final EscalationRouting routing;
    private final NotificationDispatcher dispatcher;
    private final Residents residents;
    private final TeamMembers members;
    private final Messengers messengers;
    private final ResidentMessages messages;
    private final BotProperties.Escalation settings;
    private final RequestQuota quota;
    private final HeldMessages held;
    private final LimitsInForce limits;
    private final ZoneId zone;
    private final Clock clock;

    public ResidentEscalations(Escalations escalations, EscalationRouting routing, NotificationDispatcher dispatcher,
                               Residents residents, TeamMembers members, Messengers messengers,
                               ResidentMessages messages, BotProperties properties, RequestQuota quota,
                               LimitsInForce limits, HeldMessages held, ZoneId zone, Clock clock) {
        this.escalations = escalations;
        this.routing = routing;
        this.dispatcher = dispatcher;
        this.residents = residents;
        this.members = members;
        this.messengers = messengers;
        this.messages = messages;
        this.settings = properties.escalation();
        this.quota = quota;
        this.held = held;
        this.limits = limits;
        this.zone = zone;
        this.clock = clock;
    }

    /** The resident's request that is open or being handled, if any. */
    public Optional<Escalation> active(Resident resident) {
        return Optional.ofNullable(resident.activeEscalationId())
                .flatMap(escalations::find)
                .filter(escalation -> escalation.status().isActive());
    }

    /**
     * Opens a request: checks the limits, stores it with the conversation so far, then notifies.
     *
     * @param recentTurns the last turns of the conversation, oldest first
     */
    public Opening open(Resident resident, String question, List<Line> recentTurns, List<String> articleIds) {
        if (active(resident).isPresent()) {
            return Opening.refused(waitingReply(resident.activeEscalationId(), ResidentText.ESCALATION_ALREADY_OPEN));
        }
        Instant now = clock.instant();
        Instant startOfDay = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        if (escalations.openedSince(resident.id(), startOfDay) >= settings.maxPerDay() || !quota.takeOpening()) {
            return Opening.refused(Reply.of(messages.get(ResidentText.ESCALATION_DAILY_LIMIT)));
        }
        String id = Escalations.newId();
        if (!residents.reserveEscalation(resident.id(), id, resident.activeEscalationId())) {
            return Opening.refused(Reply.of(messages.get(ResidentText.ESCALATION_ALREADY_OPEN)));
        }
        EscalationRouting.Route route = communeBusy(resident.communeId(), now)
                ? EscalationRouting.Route.adminQueue()
                : routing.first(resident.hamletId(), resident.communeId(), now);
        int keep = Math.min(recentTurns.size(), settings.transcriptTurns());
        escalations.insert(new Escalation(id, resident.id(), resident.channel(), resident.chatId(),
                resident.communeId(), resident.hamletId(), question,
                List.copyOf(recentTurns.subList(recentTurns.size() - keep, recentTurns.size())),
                List.copyOf(articleIds), null, EscalationStatus.OPEN, route.level(), route.notifications(),
                route.widenAt(), null, null, null, null, now, null, null,
                List.of(new Change(now, "resident", "opened", route.level().name()))));
        dispatcher.deliver(id);
        List<Reply> replies = new ArrayList<>();
        replies.add(waitingReply(id, openedText(route, now)));
        if (resident.channel().hasContactButton()) {
            replies.add(new Reply(messages.get(ResidentText.ESCALATION_ASK_PHONE), List.of(), true));
        } else {
            replies.add(Reply.of(messages.get(ResidentText.ESCALATION_ASK_PHONE_WEB)));
        }
        return new Opening(id, replies);
    }

    /** Past the hourly ceiling of new requests in the commune, the rest wait in the admin queue, not on phones. */
    private boolean communeBusy(String communeId, Instant now) {
        return communeId != null
                && escalations.openedInCommuneSince(communeId, now.minus(Duration.ofHours(1))) >= limits.current().communeRequestsPerHour();
    }

    /**
     * The outcome of asking for a person.
     *
     * @param escalationId the new request, or null when none was opened (one is open already, or the limit)
     */
    public record Opening(String escalationId, List<Reply> replies) {
        static Opening refused(Reply reply) {
            return new Opening(null, List.of(reply));
        }

        public boolean opened() {
            return escalationId != null;
        }
    }

    /**
     * A message from a resident whose request is open or being handled: added to the request and, once
     * a member has it, passed on to that member.
     */
    public List<Reply> write(Escalation escalation, InboundMessage message) {
        Instant now = clock.instant();
        Optional<String> typedPhone = message.kind() == InboundMessage.Kind.TEXT
                ? PhoneNumbers.typed(message.text()) : Optional.empty();
        if (message.kind() == InboundMessage.Kind.CONTACT || typedPhone.isPresent()) {
            escalations.sharePhone(escalation.id(), escalation.residentId(), typedPhone.orElse(message.text()), now)
                    .ifPresent(this::tellClaimantAboutPhone);
            residents.consent(escalation.residentId(), Resident.Purpose.PHONE, true);
            return List.of(Reply.of(messages.get(ResidentText.ESCALATION_PHONE_SAVED)));
        }
        if (message.kind() == InboundMessage.Kind.TEXT) {
            escalations.append(escalation.id(), new Line(now, Speaker.RESIDENT, message.text()));
        }
        if (escalation.status() != EscalationStatus.CLAIMED) {
            return List.of(waiting(escalation, message));
        }
        if (!Escalations.isTeamMember(escalation.claimedBy())) {
            // An official helps from the console, which shows the words of the conversation but no photo or voice.
            return message.isMedia() ? List.of(Reply.of(messages.get(ResidentText.ESCALATION_OFFICIAL_NO_MEDIA))) : List.of();
        }
        return members.find(escalation.claimedBy())
                .filter(member -> member.linked())
                .map(member -> relayToMember(member.telegramChatId(), escalation, message))
                .orElse(List.of());
    }

    /** The resident withdraws the request; the member who held it is told (see {@link ClaimantUpdates}). */
    public List<Reply> cancel(Resident resident, String escalationId) {
        if (escalations.cancel(escalationId, resident.id(), clock.instant()).isEmpty()) {
            return List.of(Reply.of(messages.get(ResidentText.OUTDATED_BUTTON)));
        }
        return List.of(Reply.of(messages.get(ResidentText.ESCALATION_CANCELLED)));
    }

    public List<Reply> rate(Resident resident, String escalationId, int rating) {
        if (rating < 1 || rating > 5 || escalations.rate(escalationId, resident.id(), rating, clock.instant()).isEmpty()) {
            return List.of(Reply.of(messages.get(ResidentText.OUTDATED_BUTTON)));
        }
        return List.of(new Reply(messages.get(ResidentText.ESCALATION_ASK_SOLVED), List.of(
                new Button(messages.get(ResidentText.BUTTON_SOLVED_YES), SOLVED + escalationId + ":y"),
                new Button(messages.get(ResidentText.BUTTON_SOLVED_NO), SOLVED + escalationId + ":n"))));
    }

    public List<Reply> answerSolved(Resident resident, String escalationId, boolean solved) {
        if (escalations.answerSolved(escalationId, resident.id(), solved, clock.instant()).isEmpty()) {
            return List.of(Reply.of(messages.get(ResidentText.OUTDATED_BUTTON)));
        }
        return List.of(Reply.of(messages.get(ResidentText.ESCALATION_THANKS)));
    }

    /** The rating question sent when a member marks a request done. */
    public Reply ratingQuestion(String escalationId) {
        List<Button> stars = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            stars.add(new Button(messages.format(ResidentText.RATING_STARS, "⭐".repeat(score), score),
                    RATE + escalationId + ":" + score));
        }
        return new Reply(messages.get(ResidentText.ESCALATION_RESOLVED), stars);
    }

    /** The reply to a message for a request nobody has taken yet: a voice message or photo is held for whoever does. */
    private Reply waiting(Escalation escalation, InboundMessage message) {
        if (!message.isMedia()) {
            return waitingReply(escalation.id(), ResidentText.ESCALATION_WAITING);
        }
        if (message.channel() != TeamMember.CHANNEL || message.messageId() == null) {
            return waitingReply(escalation.id(), message.kind() == InboundMessage.Kind.PHOTO
                    ? ResidentText.ESCALATION_WEB_PHOTO_WAITING : ResidentText.ESCALATION_WAITING);
        }
        held.keep(escalation.id(), message.messageId());
        return waitingReply(escalation.id(), message.kind() == InboundMessage.Kind.VOICE
                ? ResidentText.ESCALATION_VOICE_KEPT : ResidentText.ESCALATION_PHOTO_KEPT);
    }

    private List<Reply> relayToMember(String memberChatId, Escalation escalation, InboundMessage message) {
        String member = "member " + escalation.claimedBy();
        if (message.isMedia()) {
            // A photo is copied within one channel; from a resident on another channel, the member gets words only.
            boolean copied = message.channel() == TeamMember.CHANNEL && messengers.copyQuietly(TeamMember.CHANNEL,
                    message.chatId(), message.messageId(), memberChatId, member);
            return copied ? List.of() : List.of(Reply.of(messages.get(ResidentText.ESCALATION_NO_PHOTO_RELAY)));
        }
        boolean relayed = messengers.sendQuietly(TeamMember.CHANNEL, memberChatId, Reply.of(messages.format(
                ResidentText.MEMBER_RESIDENT_SAYS, MarkdownText.literal(message.text()), escalation.reference())), member);
        return relayed ? List.of() : List.of(Reply.of(messages.get(ResidentText.SERVICE_FAILED)));
    }

    private void tellClaimantAboutPhone(Escalation escalation) {
        if (escalation.claimedBy() != null) {
            members.find(escalation.claimedBy()).filter(TeamMember::linked).ifPresent(member -> messengers.sendQuietly(
                    TeamMember.CHANNEL, member.telegramChatId(), Reply.of(messages.format(ResidentText.MEMBER_RESIDENT_PHONE,
                            MarkdownText.literal(escalation.phone()))), "member " + member.id()));
        }
    }

    /** Where the request went and what to expect: duty hours when nobody is on duty, else the wait before it widens. */
    private String openedText(EscalationRouting.Route route, Instant now) {
        if (route.dutyStarts().isPresent()) {
            return messages.format(ResidentText.ESCALATION_OPENED_LATER, route.dutyStarts().get().format(DUTY_TIME));
        }
        if (route.level() == RoutingLevel.ADMIN_QUEUE) {
            return messages.get(ResidentText.ESCALATION_OPENED_ADMIN);
        }
        long minutes = Math.max(1, java.time.Duration.between(now, route.widenAt()).toMinutes());
        return messages.get(ResidentText.ESCALATION_OPENED) + "\n"
                + messages.format(ResidentText.ESCALATION_EXPECTED_WAIT, minutes);
    }

    private Reply waitingReply(String escalationId, ResidentText text) {
        return waitingReply(escalationId, messages.get(text));
    }

    /** A message about a request that waits for someone, with the button to withdraw it. */
    Reply waitingReply(String escalationId, String text) {
        return new Reply(text,
                List.of(new Button(messages.get(ResidentText.BUTTON_CANCEL_REQUEST), CANCEL + escalationId)));
    }
}
