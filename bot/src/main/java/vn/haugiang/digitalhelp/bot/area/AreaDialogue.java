package vn.haugiang.digitalhelp.bot.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * Asks a resident where they live: the commune, then the hamlet, with buttons in pages and a search by
 * typed name (diacritics optional). The resident may skip; a typed text that names no area is taken as
 * a question instead.
 */
@Component
public class AreaDialogue {

    static final String COMMUNE = "commune:";
    static final String COMMUNE_PAGE = "cpage:";
    static final String HAMLET = "hamlet:";
    static final String HAMLET_PAGE = "hpage:";
    static final String SKIP = "skiparea";
    static final int PAGE_SIZE = 6;

    private final AreaDirectory areas;
    private final Residents residents;
    private final ResidentMessages messages;

    public AreaDialogue(AreaDirectory areas, Residents residents, ResidentMessages messages) {
        this.areas = areas;
        this.residents = residents;
        this.messages = messages;
    }

    /**
     * What the resident is asked, and the resident after it.
     *
     * @param ended         the dialogue is over (area chosen or skipped)
     * @param escalateNext  the resident had asked for a person: open the request now
     */
    public record Step(List<Reply> replies, Resident resident, boolean ended, boolean escalateNext) {

        static Step asking(List<Reply> replies, Resident resident) {
            return new Step(replies, resident, false, false);
        }
    }

    public static boolean isAreaAction(String action) {
        return action.startsWith(COMMUNE) || action.startsWith(COMMUNE_PAGE) || action.startsWith(HAMLET)
                || action.startsWith(HAMLET_PAGE) || action.equals(SKIP);
    }

    /** Starts the dialogue; {@code thenEscalate} opens the resident's request for a person once it ends. */
    public Step start(Resident resident, String intro, boolean thenEscalate) {
        Resident asking = residents.choosingCommune(resident.id(), thenEscalate);
        Reply question = communePage(null, 0);
        String text = intro == null ? question.markdown() : intro + "\n\n" + question.markdown();
        return Step.asking(List.of(new Reply(text, question.buttons())), asking);
    }

    public Step pressed(Resident resident, String action) {
        if (action.equals(SKIP)) {
            return new Step(List.of(Reply.of(messages.get(ResidentText.AREA_SKIPPED))),
                    residents.leaveDialogue(resident.id()), true, resident.escalateAfterArea());
        }
        if (action.startsWith(COMMUNE_PAGE)) {
            // "Chọn lại xã/phường" under the hamlets: a name typed now is a commune's.
            Resident choosing = resident.step() == Resident.DialogStep.CHOOSING_COMMUNE ? resident
                    : residents.choosingCommune(resident.id(), resident.escalateAfterArea());
            return Step.asking(List.of(communePage(null, number(action.substring(COMMUNE_PAGE.length())))), choosing);
        }
        if (action.startsWith(COMMUNE)) {
            return areas.commune(action.substring(COMMUNE.length()))
                    .map(commune -> chooseHamletIn(resident, commune))
                    .orElseGet(() -> restart(resident));
        }
        if (action.startsWith(HAMLET_PAGE)) {
            String[] parts = action.substring(HAMLET_PAGE.length()).split(":", 2);
            return areas.commune(parts[0])
                    .map(commune -> Step.asking(List.of(hamletPage(commune, null, number(parts.length > 1 ? parts[1] : "0"))),
                            resident))
                    .orElseGet(() -> restart(resident));
        }
        return areas.hamlet(action.substring(HAMLET.length()))
                .map(hamlet -> settle(resident, hamlet))
                .orElseGet(() -> restart(resident));
    }

    /** A typed name while choosing; empty when it names nothing, so the caller can treat it as a question. */
    public Optional<Step> typed(Resident resident, String text) {
        if (resident.step() == Resident.DialogStep.CHOOSING_COMMUNE) {
            List<Commune> found = areas.communes(text, 0, PAGE_SIZE).items();
            if (found.size() == 1) {
                return Optional.of(chooseHamletIn(resident, found.get(0)));
            }
            return found.isEmpty() ? Optional.empty()
                    : Optional.of(Step.asking(List.of(communePage(text, 0)), resident));
        }
        Optional<Commune> commune = areas.commune(resident.stepCommuneId());
        if (commune.isEmpty()) {
            return Optional.empty();
        }
        List<Hamlet> found = areas.hamlets(commune.get().id(), text, 0, PAGE_SIZE).items();
        if (found.size() == 1) {
            return Optional.of(settle(resident, found.get(0)));
        }
        return found.isEmpty() ? Optional.empty()
                : Optional.of(Step.asking(List.of(hamletPage(commune.get(), text, 0)), resident));
    }

    private Step chooseHamletIn(Resident resident, Commune commune) {
        return Step.asking(List.of(hamletPage(commune, null, 0)), residents.choosingHamlet(resident.id(), commune.id()));
    }

    private Step settle(Resident resident, Hamlet hamlet) {
        Resident settled = residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
        Reply saved = Reply.of(messages.format(ResidentText.AREA_SAVED, MarkdownText.literal(hamlet.displayName())));
        return new Step(List.of(saved), settled, true, resident.escalateAfterArea());
    }

    private Step restart(Resident resident) {
        return Step.asking(List.of(Reply.of(messages.get(ResidentText.OUTDATED_BUTTON)), communePage(null, 0)),
                residents.choosingCommune(resident.id(), resident.escalateAfterArea()));
    }

    private Reply communePage(String search, int page) {
        AreaDirectory.Page<Commune> communes = areas.communes(search, page, PAGE_SIZE);
        List<Button> buttons = new ArrayList<>(buttons(communes.items(), c -> new Button(c.name(), COMMUNE + c.id())));
        navigation(buttons, communes, p -> COMMUNE_PAGE + p);
        buttons.add(new Button(messages.get(ResidentText.BUTTON_SKIP), SKIP));
        return new Reply(messages.get(ResidentText.AREA_ASK_COMMUNE), buttons);
    }

    private Reply hamletPage(Commune commune, String search, int page) {
        AreaDirectory.Page<Hamlet> hamlets = areas.hamlets(commune.id(), search, page, PAGE_SIZE);
        List<Button> buttons = new ArrayList<>(buttons(hamlets.items(), h -> new Button(h.name(), HAMLET + h.id())));
        navigation(buttons, hamlets, p -> HAMLET_PAGE + commune.id() + ":" + p);
        buttons.add(new Button(messages.get(ResidentText.BUTTON_CHANGE_AREA), COMMUNE_PAGE + 0));
        buttons.add(new Button(messages.get(ResidentText.BUTTON_SKIP), SKIP));
        return new Reply(messages.format(ResidentText.AREA_ASK_HAMLET, MarkdownText.literal(commune.name())), buttons);
    }

    private static <T> List<Button> buttons(List<T> items, Function<T, Button> button) {
        return items.stream().map(button).toList();
    }

    private void navigation(List<Button> buttons, AreaDirectory.Page<?> page, Function<Integer, String> action) {
        if (page.hasPrevious()) {
            buttons.add(new Button(messages.get(ResidentText.BUTTON_PREVIOUS), action.apply(page.page() - 1)));
        }
        if (page.hasNext()) {
            buttons.add(new Button(messages.get(ResidentText.BUTTON_NEXT), action.apply(page.page() + 1)));
        }
    }

    private static int number(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
