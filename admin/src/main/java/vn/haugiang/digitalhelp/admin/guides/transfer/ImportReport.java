package vn.haugiang.digitalhelp.admin.guides.transfer;

import java.util.List;

/**
 * What an import did, file by file: guides created, updated and found unchanged, and those it did not
 * apply — conflicting (the guide was edited after the exported version) or invalid (unreadable file).
 */
public record ImportReport(List<String> created, List<String> updated, List<String> unchanged,
                           List<Problem> conflicting, List<Problem> invalid) {

    public ImportReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        conflicting = List.copyOf(conflicting);
        invalid = List.copyOf(invalid);
    }

    /** A file that was not applied, and why (Vietnamese). */
    public record Problem(String file, String reason) {
    }
}
