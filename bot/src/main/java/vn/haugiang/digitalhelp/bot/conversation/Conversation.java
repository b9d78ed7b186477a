package vn.haugiang.digitalhelp.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.area.AreaDialogue;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Line;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Speaker;
import vn.haugiang.digitalhelp.bot.escalation.MemberDesk;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.InteractionLog;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.search.VietnameseText;

/**
 * The channel-agnostic core: takes what someone sent and decides the reply. Team members are served by
 * the {@link MemberDesk}; a resident's message goes, in this order, to their open request for a person,
 * the area dialogue, small talk, or the guides. Every resident turn is written to the interaction log
 * before the reply goes out.
 */
@Component
public class Conversation {

    private final MemberDesk memberDesk;
    private final Residents residents;
    private final AreaDialogue areaDialogue;
    private final ResidentEscalations requests;
    private final GuideAnswers guideAnswers;
    private final GuideIndex guides;
    private final ResidentMessages messages;
    private final InteractionLog log;
    private final BotProperties properties;

    public Conversation(MemberDesk memberDesk, Residents residents, AreaDialogue areaDialogue,
                        ResidentEscalations requests, GuideAnswers guideAnswers, GuideIndex guides,
                        ResidentMessages messages, InteractionLog log, BotProperties properties) {
        this.memberDesk = memberDesk;
        this.residents = residents;
        this.areaDialogue = areaDialogue;
        this.requests = requests;
        this.guideAnswers = guideAnswers;
        this.guides = guides;
        this.messages = messages;
        this.log = log;
        this.properties = properties;
    }

    public TurnResult handle(InboundMessage message) {
        long started = System.nanoTime();
        Optional<List<Reply>> forMember = memberDesk.handle(message);
        if (forMember.isPresent()) {
            return new TurnResult(forMember.get(), TurnOutcome.COMMAND, null);
        }
        Residents.Seen seen = residents.seen(message.channel(), message.chatId());
        Turn turn = residentTurn(seen, message);
        Resident after = residents.find(seen.resident().id()).orElse(seen.resident());
        long latencyMicros = (System.nanoTime() - started) / 1_000;
        log.record(new Interaction(null, Instant.now(), message.channel(), after.id(), after.communeId(),
                after.hamletId(),
                message.kind() == InboundMessage.Kind.TEXT ? questionForLog(message.text()) : null,
                message.kind() == InboundMessage.Kind.BUTTON ? capped(message.text(), 64) : null,
                turn.outcome(), turn.article() == null ? null : turn.article().topic(),
                turn.article() == null ? null : turn.article().id(), turn.score(), latencyMicros));
        return new TurnResult(turn.replies(), turn.outcome(), turn.article() == null ? null : turn.article().topic());
    }

    private Turn residentTurn(Residents.Seen seen, InboundMessage message) {
        Resident resident = seen.resident();
        Optional<Escalation> request = requests.active(resident);
        return switch (message.kind()) {
            case BUTTON -> pressed(resident, message.text());
            case TEXT -> typed(seen, message, request);
            case PHOTO, CONTACT, NON_TEXT -> request
                    .map(open -> Turn.of(TurnOutcome.RELAYED, requests.write(open, message)))
                    .orElseGet(() -> Turn.of(TurnOutcome.UNREADABLE, text(message.kind() == InboundMessage.Kind.CONTACT
                            ? ResidentText.PHONE_NOT_NEEDED : ResidentText.NON_TEXT)));
        };
    }

    private Turn typed(Residents.Seen seen, InboundMessage message, Optional<Escalation> request) {
        String text = capped(message.text().strip(), properties.maxQuestionLength());
        if (text.isBlank()) {
            return Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.EMPTY));
        }
        if (text.startsWith("/")) {
            return command(seen, text);
        }
        if (request.isPresent()) {
            return Turn.of(TurnOutcome.RELAYED, requests.write(request.get(), message));
        }
        Resident resident = seen.resident();
        if (resident.step() != Resident.DialogStep.NONE) {
            Optional<AreaDialogue.Step> step = areaDialogue.typed(resident, text);
            if (step.isPresent()) {
                return afterAreaStep(step.get());
            }
            resident = residents.leaveDialogue(resident.id());
        }
        Optional<SmallTalk.Kind> smallTalk = SmallTalk.recognise(text);
        if (smallTalk.isPresent()) {
            ResidentText reply = smallTalk.get() == SmallTalk.Kind.HELLO ? ResidentText.HELLO : ResidentText.THANKS;
            return Turn.of(TurnOutcome.SMALL_TALK, text(reply));
        }
        return countingFailures(resident, guideAnswers.answer(text));
    }

    private Turn command(Residents.Seen seen, String text) {
        Resident resident = seen.resident();
        String command = text.split("\\s+", 2)[0].replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
        return switch (command) {
            case "/start" -> seen.isNew()
                    ? afterAreaStep(areaDialogue.start(resident, messages.get(ResidentText.WELCOME), false))
                    : Turn.of(TurnOutcome.COMMAND, text(ResidentText.WELCOME));
            case "/help", "/huongdan" -> Turn.of(TurnOutcome.COMMAND, text(ResidentText.HELP));
            case "/khuvuc" -> afterAreaStep(areaDialogue.start(resident, null, false));
            case "/lienhe" -> askForPerson(resident);
            case "/hangdoi", "/xong", "/tra", "/vang" -> Turn.of(TurnOutcome.COMMAND, text(ResidentText.MEMBER_ONLY));
            default -> Turn.of(TurnOutcome.COMMAND, text(ResidentText.UNKNOWN_COMMAND));
        };
    }

    private Turn pressed(Resident resident, String action) {
        if (AreaDialogue.isAreaAction(action)) {
            return afterAreaStep(areaDialogue.pressed(resident, action));
        }
        if (action.equals(ButtonAction.CONTACT_TEAM)) {
            return askForPerson(resident);
        }
        if (action.startsWith(ButtonAction.SHOW_ARTICLE)) {
            Optional<Turn> shown = guideAnswers.show(action.substring(ButtonAction.SHOW_ARTICLE.length()));
            shown.ifPresent(turn -> residents.answered(resident.id()));
            return shown.orElseGet(() -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON)));
        }
        String[] parts = action.split(":");
        if (action.startsWith(ResidentEscalations.CANCEL) && parts.length == 2) {
            return Turn.of(TurnOutcome.COMMAND, requests.cancel(resident, parts[1]));
        }
        if (action.startsWith(ResidentEscalations.RATE) && parts.length == 3 && parts[2].matches("[1-5]")) {
            return Turn.of(TurnOutcome.COMMAND, requests.rate(resident, parts[1], Integer.parseInt(parts[2])));
        }
        if (action.startsWith(ResidentEscalations.SOLVED) && parts.length == 3) {
            return Turn.of(TurnOutcome.COMMAND, requests.answerSolved(resident, parts[1], parts[2].equals("y")));
        }
        return Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON));
    }

    private Turn afterAreaStep(AreaDialogue.Step step) {
        Turn turn = Turn.of(TurnOutcome.COMMAND, step.replies());
        if (!step.escalateNext()) {
            return turn;
        }
        Turn request = openRequest(step.resident());
        return new Turn(request.outcome(), turn.followedBy(request.replies()).replies(), null, 0);
    }

    private Turn askForPerson(Resident resident) {
        if (!resident.hasHamlet() && requests.active(resident).isEmpty()) {
            return afterAreaStep(areaDialogue.start(resident, messages.get(ResidentText.ESCALATION_NEED_AREA), true));
        }
        return openRequest(resident);
    }

    /** Opens a request carrying the resident's last turns and the guides they were shown. */
    private Turn openRequest(Resident resident) {
        List<Interaction> recent = log.recent(resident.id(), properties.escalation().transcriptTurns());
        List<Line> transcript = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        String question = "—";
        for (Interaction turn : recent) {
            if (turn.question() != null && !turn.question().startsWith("/")) {
                transcript.add(new Line(turn.at(), Speaker.RESIDENT, turn.question()));
                question = turn.question();
            }
            if (turn.articleId() != null && !shown.contains(turn.articleId())) {
                shown.add(turn.articleId());
                guides.publishedArticle(turn.articleId()).ifPresent(article ->
                        transcript.add(new Line(turn.at(), Speaker.BOT, "📖 " + article.title())));
            }
        }
        ResidentEscalations.Opening opening = requests.open(resident, question, transcript, shown);
        return Turn.of(opening.opened() ? TurnOutcome.ESCALATED : TurnOutcome.COMMAND, opening.replies());
    }

    private Turn countingFailures(Resident resident, Turn answer) {
        if (answer.outcome() == TurnOutcome.ANSWER) {
            residents.answered(resident.id());
        }
        if (answer.outcome() != TurnOutcome.FALLBACK) {
            return answer;
        }
        int failures = residents.failed(resident.id());
        if (failures < properties.escalation().failuresBeforeOffer()) {
            return answer;
        }
        return answer.followedBy(List.of(new Reply(messages.get(ResidentText.OFFER_PERSON),
                List.of(guideAnswers.teamButton()))));
    }

    private List<Reply> text(ResidentText text) {
        return List.of(Reply.of(messages.get(text)));
    }

    private String questionForLog(String text) {
        return capped(VietnameseText.normalise(text).strip(), properties.maxQuestionLength());
    }

    private static String capped(String text, int maxLength) {
        Objects.requireNonNull(text);
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }
}
