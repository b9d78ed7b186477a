package vn.haugiang.digitalhelp.admin.areas;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;

/** Every change an admin makes to the area list, pages and API alike, written to the audit log. */
@Component
public class AreaChanges {

    private final AreaDirectory areas;
    private final AreaCsvImport importer;
    private final AuditLog audit;

    public AreaChanges(AreaDirectory areas, AreaCsvImport importer, AuditLog audit) {
        this.areas = areas;
        this.importer = importer;
        this.audit = audit;
    }

    /**
     * @throws NoSuchElementException when there is no such hamlet
     * @throws BadInputException      when the count is out of range
     */
    public Hamlet setHouseholds(String hamletId, int households, String actor) {
        Hamlet before = areas.hamlet(hamletId).orElseThrow(() -> new NoSuchElementException("Không tìm thấy ấp/khu vực này."));
        Hamlet after;
        try {
            after = areas.setHouseholds(hamletId, households).orElseThrow(NoSuchElementException::new);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        audit.record(actor, "hamlet.households", "hamlet", hamletId,
                after.displayName() + ": " + before.households() + " → " + after.households() + " hộ");
        return after;
    }

    /** Imports every row or none; only an import that wrote something is audited. */
    public AreaCsvImport.Report importCsv(String csv, String actor) {
        AreaCsvImport.Report report = importer.importCsv(csv);
        if (report.imported()) {
            audit.record(actor, "area.import", "area", null, report.rows() + " dòng: thêm " + report.hamletsAdded()
                    + " ấp/khu vực, cập nhật " + report.hamletsUpdated());
        }
        return report;
    }
}
