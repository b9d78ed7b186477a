package vn.haugiang.digitalhelp.admin.escalations;

import vn.haugiang.digitalhelp.bot.escalation.Escalation;

/**
 * Who is looking at the escalation queue or the metrics, and so which communes they may see: an admin
 * every commune, a commune user only their own (none when their commune is unknown).
 *
 * @param communeId the viewer's commune; ignored when {@code everyCommune}
 */
public record EscalationViewer(String username, boolean everyCommune, String communeId) {

    static EscalationViewer ofEveryCommune(String username) {
        return new EscalationViewer(username, true, null);
    }

    static EscalationViewer ofCommune(String username, String communeId) {
        return new EscalationViewer(username, false, communeId);
    }

    /** True for a commune user whose commune is not known: they may see nothing. */
    public boolean seesNothing() {
        return !everyCommune && communeId == null;
    }

    public boolean sees(Escalation escalation) {
        return everyCommune || (communeId != null && communeId.equals(escalation.communeId()));
    }

    /** Whether a queue filtered on this commune (null: any) can hold requests this viewer may see. */
    boolean mayFilterOn(String requestedCommuneId) {
        return everyCommune || (communeId != null && (requestedCommuneId == null || requestedCommuneId.equals(communeId)));
    }

    /** The commune filter actually applied: what was asked for an admin, always their own for a commune user. */
    public String communeFilter(String requestedCommuneId) {
        return everyCommune ? requestedCommuneId : communeId;
    }
}
