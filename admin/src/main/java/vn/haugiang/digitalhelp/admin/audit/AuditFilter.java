package vn.haugiang.digitalhelp.admin.audit;

import java.util.Locale;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.admin.web.BadInputException;

/**
 * Which audit entries to list: made by one actor, to one kind of object, to one object; any of them may be left
 * open (null or blank).
 */
public record AuditFilter(String actor, AuditSubject subject, String objectId) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        if (actor != null) {
            actor = actor.toLowerCase(Locale.ROOT); // as user names are
        }
        objectId = blankToNull(objectId);
    }

    /**
     * The filter a request asks for.
     *
     * @param objectType a kind's stored code ({@link AuditSubject#code()}), or null or blank for any
     * @throws BadInputException for a kind the log does not know
     */
    public static AuditFilter of(String actor, String objectType, String objectId) {
        AuditSubject subject = objectType == null || objectType.isBlank() ? null : AuditSubject.ofCode(objectType.strip())
                .orElseThrow(() -> new BadInputException("Không có loại đối tượng \"" + objectType.strip() + "\" trong nhật ký."));
        return new AuditFilter(actor, subject, objectId);
    }

    /** Whether it lists every entry. */
    public boolean everything() {
        return equals(EVERYTHING);
    }

    Query query() {
        Query query = new Query();
        if (actor != null) {
            query.addCriteria(Criteria.where("actor").is(actor));
        }
        if (subject != null) {
            query.addCriteria(Criteria.where("objectType").is(subject.code()));
        }
        if (objectId != null) {
            query.addCriteria(Criteria.where("objectId").is(objectId));
        }
        return query;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
