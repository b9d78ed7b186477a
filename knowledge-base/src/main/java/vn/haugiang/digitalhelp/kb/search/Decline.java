package vn.haugiang.digitalhelp.kb.search;

/**
 * Why a question gets no guide even though guides share its words.
 *
 * @param reason    what kind of question it is
 * @param neighbour for a known neighbouring service, which one; otherwise null
 */
public record Decline(Reason reason, NeighbourService neighbour) {

    /** In the order they are checked. */
    public enum Reason {
        /** The resident asks about one particular dossier, which the bot cannot see. */
        SOMEONE_ELSES_DOSSIER,
        /** The resident asks the bot to do a procedure for them, or to take their papers or passwords. */
        DO_IT_FOR_ME,
        /** The question is about something no guide is about (a neighbouring service, or marked by an admin). */
        OUT_OF_SCOPE
    }

    static Decline of(Reason reason) {
        return new Decline(reason, null);
    }

    static Decline neighbour(NeighbourService service) {
        return new Decline(Reason.OUT_OF_SCOPE, service);
    }
}
