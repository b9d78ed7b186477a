package vn.haugiang.digitalhelp.bot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.MemberDesk;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.interaction.Feedback;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.InteractionLog;
import vn.haugiang.digitalhelp.bot.limits.MessageGate;
import vn.haugiang.digitalhelp.bot.outage.TurnWriteBuffer;
import vn.haugiang.digitalhelp.bot.outcome.OutcomeConfirmations;
import vn.haugiang.digitalhelp.bot.pictures.PictureReader;
import vn.haugiang.digitalhelp.bot.pictures.PictureReading;
import vn.haugiang.digitalhelp.bot.privacy.ConsentWithdrawal;
import vn.haugiang.digitalhelp.bot.privacy.PrivacyNotice;
import vn.haugiang.digitalhelp.bot.privacy.ResidentDataAccess;
import vn.haugiang.digitalhelp.bot.privacy.ResidentDataErasure;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;

/**
 * The channel-agnostic core: takes what someone sent and decides the reply. A message that is too long
 * or comes too fast is refused first ({@link MessageGate}); team members are served by the {@link MemberDesk}; a resident's message goes, in this order, to their open request for a person,
 * the area dialogue, small talk, or the guides (a turn that comes while the service starts waits for the
 * guide index; if it is very late, the resident is asked to write again). A picture is read
 * ({@link PictureReader}) and its words searched like a typed question; a voice message is not
 * transcribed, its sender is offered the team. Every resident turn is written to the interaction log
 * before the reply goes out, except the one that erases the resident's data.
 */
@Component
public class Conversation {

    private final MessageGate gate;
    private final MemberDesk memberDesk;
    private final Residents residents;
    private final AreaDialogue areaDialogue;
    private final ResidentEscalations requests;
    private final GuideAnswers guideAnswers;
    private final GuideIndex guides;
    private final ResidentMessages messages;
    private final InteractionLog log;
    private final TurnWriteBuffer turnWrites;
    private final OutcomeConfirmations outcomeConfirmations;
    private final ResidentDataErasure erasure;
    private final PrivacyNotice notice;
    private final ResidentDataAccess dataAccess;
    private final ConsentWithdrawal withdrawal;
    private final PictureReader pictures;
    private final BotProperties properties;
    private final ZoneId zone;
    private final Clock clock;
    private final TypedContinuation continuation;

    public Conversation(MessageGate gate, MemberDesk memberDesk, Residents residents, AreaDialogue areaDialogue,
                        ResidentEscalations requests, GuideAnswers guideAnswers, GuideIndex guides,
                        ResidentMessages messages, InteractionLog log, TurnWriteBuffer turnWrites,
                        OutcomeConfirmations outcomeConfirmations,
                        ResidentDataErasure erasure, PrivacyNotice notice, ResidentDataAccess dataAccess,
                        ConsentWithdrawal withdrawal, PictureReader pictures, BotProperties properties, ZoneId zone,
                        Clock clock) {
        this.gate = gate;
        this.memberDesk = memberDesk;
        this.residents = residents;
        this.areaDialogue = areaDialogue;
        this.requests = requests;
        this.guideAnswers = guideAnswers;
        this.guides = guides;
        this.messages = messages;
        this.log = log;
        this.turnWrites = turnWrites;
        this.outcomeConfirmations = outcomeConfirmations;
        this.erasure = erasure;
        this.notice = notice;
        this.dataAccess = dataAccess;
        this.withdrawal = withdrawal;
        this.pictures = pictures;
        this.properties = properties;
        this.zone = zone;
        this.clock = clock;
        this.continuation = new TypedContinuation(log, guideAnswers, properties.escalation().transcriptTurns());
    }

    public TurnResult handle(InboundMessage message) {
        long started = System.nanoTime();
        Optional<List<Reply>> refused = gate.refusal(message);
        if (refused.isPresent()) {
            return new TurnResult(refused.get(), TurnOutcome.REFUSED, null);
        }
        Optional<List<Reply>> forMember = memberDesk.handle(message);
        if (forMember.isPresent()) {
            return new TurnResult(forMember.get(), TurnOutcome.COMMAND, null);
        }
        if (!guides.awaitFirstBuild()) {
            return new TurnResult(List.of(Reply.of(messages.get(ResidentText.STARTING))), TurnOutcome.REFUSED, null);
        }
        Residents.Seen seen = turnWrites.seen(message.channel(), message.chatId());
        // With a request open, typed words go to the person helping; with MongoDB away the log cannot be read.
        InboundMessage meant = seen.resident().activeEscalationId() != null || turnWrites.databaseAway() ? message
                : continuation.asMeant(seen.resident().id(), message);
        String interactionId = InteractionLog.newId();
        Turn turn = turnShowingNotice(seen, meant, interactionId);
        long latencyMicros = (System.nanoTime() - started) / 1_000;
        if (!erases(meant)) {
            record(interactionId, turn.resident() == null ? seen.resident() : turn.resident(), meant, turn, latencyMicros);
        }
        return new TurnResult(turn.replies(), turn.outcome(), turn.article() == null ? null : turn.article().topic());
    }

    /**
     * The resident's turn, with the privacy notice when it is due. A first contact's profile was stored with the
     * notice recorded; if the turn fails, the record is taken back, so the notice is not marked as shown to a
     * resident who never got it.
     */
    private Turn turnShowingNotice(Residents.Seen seen, InboundMessage message, String interactionId) {
        try {
            return withNoticeIfDue(seen,
                    withWhatWasRead(withFeedbackButtons(residentTurn(seen, message), interactionId, messages)));
        } catch (RuntimeException failed) {
            if (seen.isNew()) {
                try {
                    residents.noticeNotShown(seen.resident().id());
                } catch (RuntimeException alsoFailed) {
                    failed.addSuppressed(alsoFailed);
                }
            }
            throw failed;
        }
    }

    /** The turn that erases the resident's data leaves no trace of its own. */
    private static boolean erases(InboundMessage message) {
        return message.kind() == InboundMessage.Kind.BUTTON && message.text().equals(ButtonAction.ERASE_YES);
    }

    /**
     * One insert. A feedback press carries the answer's guide, topic and question, so the figures need
     * nothing but the log.
     */
    private void record(String interactionId, Resident resident, InboundMessage message, Turn turn, long latencyMicros) {
        Instant now = clock.instant();
        Turn.FeedbackOn feedback = turn.feedback();
        String question = feedback != null ? feedback.answer().question()
                : turn.readFromPicture() != null ? questionForLog(turn.readFromPicture().text())
                : message.kind() == InboundMessage.Kind.TEXT ? questionForLog(message.text()) : null;
        String topic = feedback != null ? feedback.answer().topic() : turn.article() == null ? null : turn.article().topic();
        String articleId = feedback != null ? feedback.answer().articleId() : turn.article() == null ? null : turn.article().id();
        turnWrites.record(new Interaction(interactionId, now, LocalDate.ofInstant(now, zone).toString(),
                message.channel(), resident.id(), resident.communeId(), resident.hamletId(), question,
                message.kind() == InboundMessage.Kind.BUTTON ? capped(message.text(), 64) : null,
                turn.outcome(), topic, articleId, turn.score(), latencyMicros,
                feedback == null ? null : feedback.verdict(), feedback == null ? null : now));
    }

    /**
     * The privacy notice follows the reply to a resident's first turn (and comes once more after it
     * changes), so what they asked is answered first. A first contact's profile was stored with the notice
     * recorded ({@link TurnWriteBuffer#seen}); a returning resident's is updated.
     */
    private Turn withNoticeIfDue(Residents.Seen seen, Turn turn) {
        if (!notice.isDueFor(seen.resident())) {
            return turn;
        }
        if (!seen.isNew()) {
            residents.noticeShown(seen.resident().id());
        }
        String text = notice.text();
        if (!turn.replies().isEmpty() && turn.replies().get(0).markdown().equals(text)) {
            return turn;
        }
        return turn.followedBy(List.of(Reply.of(text)));
    }

    /** An answer to a picture first says what was read in it, so a misreading is plain to see. */
    private Turn withWhatWasRead(Turn turn) {
        if (turn.readFromPicture() == null) {
            return turn;
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(messages.format(ResidentText.PICTURE_READ, MarkdownText.literal(turn.readFromPicture().echo()))));
        replies.addAll(turn.replies());
        return turn.withReplies(replies);
    }

    /**
     * Every answer asks "did it work?" with two buttons that name this turn, under the guide's last part: a guide
     * split for the phone asks it once read to the end, its "Xem tiếp" carrying this turn along.
     */
    static Turn withFeedbackButtons(Turn turn, String interactionId, ResidentMessages messages) {
        if (turn.outcome() != TurnOutcome.ANSWER || turn.replies().isEmpty()) {
            return turn;
        }
        return continuingAnswer(turn, interactionId, messages);
    }

    /** The turn's guide part as part of the answer with this id: "Xem tiếp" carries it, a last part asks about it. */
    private static Turn continuingAnswer(Turn turn, String answerId, ResidentMessages messages) {
        Reply part = turn.replies().get(0);
        List<Button> buttons = new ArrayList<>();
        boolean more = false;
        for (Button button : part.buttons()) {
            Optional<ButtonAction.GuidePart> next = ButtonAction.morePart(button.action());
            more |= next.isPresent();
            buttons.add(next.map(asked -> new Button(button.label(), asked.withAnswer(answerId).action())).orElse(button));
        }
        if (!more) {
            buttons.addAll(0, List.of(
                    new Button(messages.get(ResidentText.BUTTON_FEEDBACK_DONE), ButtonAction.feedback(answerId, true)),
                    new Button(messages.get(ResidentText.BUTTON_FEEDBACK_NOT_YET), ButtonAction.feedback(answerId, false))));
        }
        List<Reply> replies = new ArrayList<>(turn.replies());
        replies.set(0, new Reply(part.markdown(), buttons, part.asksForPhone()));
        return turn.withReplies(replies);
    }

    private Turn residentTurn(Residents.Seen seen, InboundMessage message) {
        Resident resident = seen.resident();
        Optional<Escalation> request = requests.active(resident);
        return switch (message.kind()) {
            case BUTTON -> pressed(resident, message);
            case TEXT -> typed(seen, message, request);
            case PHOTO -> request
                    .map(open -> Turn.of(TurnOutcome.RELAYED, requests.write(open, message)))
                    .orElseGet(() -> pictureSent(resident, message));
            case VOICE -> request
                    .map(open -> Turn.of(TurnOutcome.RELAYED, requests.write(open, message)))
                    .orElseGet(() -> voiceSent(message));
            case CONTACT -> request
                    .map(open -> Turn.of(TurnOutcome.RELAYED, requests.write(open, message)))
                    .orElseGet(() -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.PHONE_NOT_NEEDED)));
            // A sticker or a location has no words to pass on, to the guides or to the person helping.
            case NON_TEXT -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.NON_TEXT));
        };
    }

    /** The words read from the picture are searched like a typed question; otherwise the resident is asked to type. */
    private Turn pictureSent(Resident resident, InboundMessage message) {
        PictureReading reading = pictures.read(message.picture());
        if (reading.read()) {
            return countingFailures(resident, guideAnswers.answer(capped(reading.text(), properties.maxQuestionLength())))
                    .readFrom(reading);
        }
        return Turn.of(TurnOutcome.UNREADABLE, text(switch (reading.outcome()) {
            case NOT_A_PICTURE -> ResidentText.PICTURE_NOT_A_PICTURE;
            case TOO_LARGE -> ResidentText.PICTURE_TOO_LARGE;
            case CANNOT_READ -> ResidentText.PICTURE_CANNOT_READ;
            case BUSY -> ResidentText.PICTURE_BUSY;
            case NOT_RECEIVED -> ResidentText.PICTURE_NOT_RECEIVED;
            case READ, NOTHING_READ -> ResidentText.PICTURE_NOTHING_READ;
        }));
    }

    /** A voice message is not transcribed: the resident is asked to type, or may pass it on to the team. */
    private Turn voiceSent(InboundMessage message) {
        List<Button> buttons = message.messageId() == null ? List.of(guideAnswers.teamButton())
                : List.of(new Button(messages.get(ResidentText.BUTTON_VOICE_TO_TEAM),
                        ButtonAction.voiceToTeam(message.messageId())));
        return Turn.of(TurnOutcome.UNREADABLE, List.of(new Reply(messages.get(ResidentText.VOICE_NOT_READ), buttons)));
    }

    /** "Gửi tin thoại cho tổ": the request for a person is opened (or used) and the voice message goes with it. */
    private Turn voiceToTeam(Resident resident, InboundMessage press, String messageId) {
        InboundMessage voice = InboundMessage.voice(press.channel(), press.chatId(), messageId);
        Optional<Escalation> open = requests.active(resident);
        if (open.isPresent()) {
            return Turn.of(TurnOutcome.RELAYED, requests.write(open.get(), voice));
        }
        Turn asked = askForPerson(resident);
        Optional<Escalation> opened = requests.active(residents.find(resident.id()).orElse(resident));
        return opened.isEmpty() ? asked : asked.followedBy(requests.write(opened.get(), voice));
    }

    private Turn typed(Residents.Seen seen, InboundMessage message, Optional<Escalation> request) {
        String text = capped(message.text().strip(), properties.maxQuestionLength());
        Resident resident = seen.resident();
        return switch (TypedRoute.of(text, request.isPresent(), resident.step() != Resident.DialogStep.NONE)) {
            case EMPTY -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.EMPTY));
            case COMMAND -> command(seen, text);
            case PERSON_REQUEST -> askForPerson(resident);
            case OPEN_REQUEST -> whileWaiting(request.orElseThrow(), message, text);
            // An answer the dialogue does not take ends it: the message is then read as free text.
            case AREA_DIALOGUE -> areaDialogue.typed(resident, text).map(this::afterAreaStep)
                    .orElseGet(() -> freeText(residents.leaveDialogue(resident.id()), text));
            case FREE_TEXT -> freeText(resident, text);
        };
    }

    /** Small talk is answered briefly; anything else is a question for the guides. */
    private Turn freeText(Resident resident, String text) {
        Optional<SmallTalk.Kind> smallTalk = SmallTalk.recognise(text);
        if (smallTalk.isPresent()) {
            ResidentText reply = smallTalk.get() == SmallTalk.Kind.HELLO ? ResidentText.HELLO : ResidentText.THANKS;
            return Turn.of(TurnOutcome.SMALL_TALK, text(reply));
        }
        return countingFailures(resident, guideAnswers.answer(text));
    }

    /**
     * A message to an open request goes with it; while nobody has taken the request, a question a guide
     * answers is also answered at once.
     */
    private Turn whileWaiting(Escalation request, InboundMessage message, String text) {
        List<Reply> written = requests.write(request, message);
        if (request.status() != EscalationStatus.OPEN) {
            return Turn.of(TurnOutcome.RELAYED, written);
        }
        Turn answer = guideAnswers.answer(text);
        if (answer.outcome() != TurnOutcome.ANSWER) {
            return Turn.of(TurnOutcome.RELAYED, written);
        }
        return answer.followedBy(List.of(Reply.of(messages.get(ResidentText.ESCALATION_COPIED))));
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
            case "/xoadulieu" -> Turn.of(TurnOutcome.COMMAND, List.of(new Reply(messages.get(ResidentText.ERASE_CONFIRM),
                    List.of(new Button(messages.get(ResidentText.BUTTON_ERASE_YES), ButtonAction.ERASE_YES),
                            new Button(messages.get(ResidentText.BUTTON_ERASE_NO), ButtonAction.ERASE_NO)))));
            case "/quyenriengtu" -> Turn.of(TurnOutcome.COMMAND, List.of(Reply.of(notice.text())));
            case "/xemdulieu" -> Turn.of(TurnOutcome.COMMAND, dataAccess.show(resident));
            case "/rutdongy" -> {
                withdrawal.withdraw(resident);
                yield Turn.of(TurnOutcome.COMMAND, text(ResidentText.CONSENT_WITHDRAWN));
            }
            case "/hangdoi", "/xong", "/tra", "/vang" -> Turn.of(TurnOutcome.COMMAND, text(ResidentText.MEMBER_ONLY));
            default -> Turn.of(TurnOutcome.COMMAND, text(ResidentText.UNKNOWN_COMMAND));
        };
    }

    private Turn pressed(Resident resident, InboundMessage press) {
        String action = press.text();
        if (action.startsWith(ButtonAction.VOICE_TO_TEAM) && action.matches("voice:\\d{1,12}")) {
            return voiceToTeam(resident, press, action.substring(ButtonAction.VOICE_TO_TEAM.length()));
        }
        if (AreaDialogue.isAreaAction(action)) {
            return afterAreaStep(areaDialogue.pressed(resident, action));
        }
        if (action.equals(ButtonAction.CONTACT_TEAM)) {
            return askForPerson(resident);
        }
        if (action.startsWith(ButtonAction.SHOW_ARTICLE)) {
            Optional<Turn> shown = guideAnswers.show(action.substring(ButtonAction.SHOW_ARTICLE.length()));
            shown.ifPresent(turn -> answered(resident));
            return shown.orElseGet(() -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON)));
        }
        if (action.startsWith(ButtonAction.MORE)) {
            return morePressed(action);
        }
        if (action.startsWith(ButtonAction.FEEDBACK)) {
            return feedback(resident, action);
        }
        if (OutcomeConfirmations.isAnswer(action)) {
            return outcomeAnswer(resident, action);
        }
        if (action.equals(ButtonAction.ERASE_YES)) {
            erasure.erase(resident);
            return Turn.of(TurnOutcome.COMMAND, text(ResidentText.ERASE_DONE));
        }
        if (action.equals(ButtonAction.ERASE_NO)) {
            erasure.declined(resident);
            return Turn.of(TurnOutcome.COMMAND, text(ResidentText.ERASE_KEPT));
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

    /**
     * "Xem tiếp" under a guide split for the phone: its next part, continuing the answer it names (an older button
     * names none: its parts ask nothing), or "old button" for anything else.
     */
    private Turn morePressed(String action) {
        return ButtonAction.morePart(action)
                .flatMap(asked -> guideAnswers.more(asked.articleId(), asked.part())
                        .map(turn -> asked.answerId() == null ? turn : continuingAnswer(turn, asked.answerId(), messages)))
                .orElseGet(() -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON)));
    }

    /**
     * "Đã làm được" or "Chưa được" under an answer. "Chưa được" counts like a question the guides missed, and its
     * reply always carries the way to a person: an answer shown since may have ended the run of failed attempts.
     */
    private Turn feedback(Resident resident, String action) {
        String[] parts = action.split(":");
        if (parts.length != 3 || !(parts[2].equals("y") || parts[2].equals("n"))) {
            return Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON));
        }
        Feedback feedback = parts[2].equals("y") ? Feedback.DONE : Feedback.NOT_YET;
        Optional<Interaction> answer = log.giveFeedback(parts[1], resident.id(), feedback, clock.instant());
        if (answer.isEmpty()) {
            return Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON));
        }
        Turn.FeedbackOn given = new Turn.FeedbackOn(answer.get(), feedback);
        if (feedback == Feedback.DONE) {
            return Turn.of(TurnOutcome.FEEDBACK, text(ResidentText.FEEDBACK_THANKS)).about(given);
        }
        turnWrites.failed(resident);
        return Turn.of(TurnOutcome.FEEDBACK, List.of(new Reply(messages.get(ResidentText.FEEDBACK_NOT_YET),
                List.of(guideAnswers.teamButton())))).about(given);
    }

    private Turn outcomeAnswer(Resident resident, String action) {
        return switch (outcomeConfirmations.answer(resident, action)) {
            case CONFIRMED -> Turn.of(TurnOutcome.FEEDBACK, text(ResidentText.OUTCOME_CONFIRMED));
            case NOT_YET -> Turn.of(TurnOutcome.FEEDBACK, List.of(new Reply(messages.get(ResidentText.OUTCOME_NOT_YET),
                    List.of(guideAnswers.teamButton()))));
            case OUTDATED -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON));
        };
    }

    private Turn afterAreaStep(AreaDialogue.Step step) {
        Turn turn = Turn.of(TurnOutcome.COMMAND, step.replies()).by(step.resident());
        if (!step.escalateNext()) {
            return turn;
        }
        Turn request = openRequest(step.resident());
        return Turn.of(request.outcome(), turn.followedBy(request.replies()).replies()).by(step.resident());
    }

    /** While MongoDB is away a request for a person could not be stored nor reach anyone: refused honestly. */
    private Turn askForPerson(Resident resident) {
        if (turnWrites.databaseAway()) {
            return Turn.of(TurnOutcome.COMMAND, text(ResidentText.PERSON_BUSY));
        }
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
        boolean titledBySearch = false;
        for (Interaction turn : recent) {
            // Typed turns only: a feedback press carries the question it answers, which is already there.
            if (turn.typed() && turn.question() != null && !turn.question().startsWith("/")) {
                transcript.add(new Line(turn.at(), Speaker.RESIDENT, turn.question()));
                // The card is titled by the last question the guides were searched for ("cảm ơn" or a commune's
                // name is none); without one, by the last words that are not "gặp người", which says how to help,
                // not what with.
                if (searched(turn)) {
                    question = turn.question();
                    titledBySearch = true;
                } else if (!titledBySearch && (question.equals("—") || !PersonRequest.recognise(turn.question()))) {
                    question = turn.question();
                }
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
            answered(resident);
        }
        if (answer.outcome() != TurnOutcome.FALLBACK) {
            return answer;
        }
        return afterFailure(resident, answer);
    }

    /** An answer ends a run of failed attempts; a resident without one costs no write. */
    private void answered(Resident resident) {
        if (resident.failedAttempts() > 0) {
            residents.answered(resident.id());
        }
    }

    /** Counts a failed attempt; after enough in a row, offers a person. */
    private Turn afterFailure(Resident resident, Turn answer) {
        int failures = turnWrites.failed(resident);
        if (failures < properties.escalation().failuresBeforeOffer()) {
            return answer;
        }
        return answer.followedBy(List.of(new Reply(messages.get(ResidentText.OFFER_PERSON),
                List.of(guideAnswers.teamButton()))));
    }

    private List<Reply> text(ResidentText text) {
        return List.of(Reply.of(messages.get(text)));
    }

    private static boolean searched(Interaction turn) {
        return turn.outcome() == TurnOutcome.ANSWER || turn.outcome() == TurnOutcome.SUGGEST
                || turn.outcome() == TurnOutcome.FALLBACK;
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
