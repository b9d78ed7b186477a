package vn.haugiang.digitalhelp.admin.areas;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.ConflictException;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** Every change an admin makes to the area list, pages and API alike, written to the audit log. */
@Component
public class AreaChanges {

    private final AreaDirectory areas;
    private final AreaCsvImport importer;
    private final Residents residents;
    private final TeamMembers members;
    private final AuditLog audit;

    public AreaChanges(AreaDirectory areas, AreaCsvImport importer, Residents residents, TeamMembers members,
                       AuditLog audit) {
        this.areas = areas;
        this.importer = importer;
        this.residents = residents;
        this.members = members;
        this.audit = audit;
    }

    /**
     * @throws NoSuchElementException when there is no such hamlet
     * @throws BadInputException      when the count is out of range
     */
    public Hamlet setHouseholds(String hamletId, int households, String actor) {
        Hamlet before = existing(hamletId);
        Hamlet after;
        try {
            after = areas.setHouseholds(hamletId, households).orElseThrow(NoSuchElementException::new);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        audit.record(actor, AuditAction.HAMLET_HOUSEHOLDS, hamletId,
                after.displayName() + ": " + before.households() + " → " + after.households() + " hộ");
        return after;
    }

    /** @throws BadInputException when the commune is unknown, the name blank or taken, or the count out of range */
    public Hamlet addHamlet(String communeId, String name, int households, String actor) {
        Hamlet added;
        try {
            added = areas.addHamlet(communeId, name, households);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        audit.record(actor, AuditAction.HAMLET_ADD, added.id(), added.displayName() + ", " + added.households() + " hộ");
        return added;
    }

    /**
     * Renames a hamlet, keeping its id.
     *
     * @throws NoSuchElementException when there is no such hamlet
     * @throws BadInputException      when the name is blank or taken in the same commune
     */
    public Hamlet renameHamlet(String hamletId, String name, String actor) {
        Hamlet before = existing(hamletId);
        Hamlet after;
        try {
            after = areas.renameHamlet(hamletId, name).orElseThrow(NoSuchElementException::new);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        audit.record(actor, AuditAction.HAMLET_RENAME, hamletId, before.displayName() + " → " + after.name());
        return after;
    }

    /**
     * Removes a hamlet nobody points at: a hamlet chosen by residents or covered by team members is kept,
     * and the message says how many and what to do instead.
     *
     * @throws NoSuchElementException when there is no such hamlet
     * @throws ConflictException      when residents or team members still point at it
     */
    public Hamlet removeHamlet(String hamletId, String actor) {
        Hamlet hamlet = existing(hamletId);
        long residentCount = residents.countInHamlet(hamletId);
        long memberCount = members.countInHamlet(hamletId);
        if (residentCount > 0 || memberCount > 0) {
            throw new ConflictException("Không xóa được " + hamlet.displayName() + ": " + residentCount
                    + " người dân đã chọn ấp này và " + memberCount + " thành viên tổ đang phụ trách. "
                    + "Hãy đổi tên ấp nếu chỉ sai tên, hoặc chuyển các thành viên sang ấp khác trước.");
        }
        areas.removeHamlet(hamletId);
        audit.record(actor, AuditAction.HAMLET_REMOVE, hamletId, hamlet.displayName());
        return hamlet;
    }

    private Hamlet existing(String hamletId) {
        return areas.hamlet(hamletId).orElseThrow(() -> new NoSuchElementException("Không tìm thấy ấp/khu vực này."));
    }

    /** Imports every row or none; only an import that wrote something is audited. */
    public AreaCsvImport.Report importCsv(String csv, String actor) {
        AreaCsvImport.Report report = importer.importCsv(csv);
        if (report.imported()) {
            audit.record(actor, AuditAction.AREA_IMPORT, null, report.rows() + " dòng: thêm " + report.hamletsAdded()
                    + " ấp/khu vực, cập nhật " + report.hamletsUpdated());
        }
        return report;
    }
}
