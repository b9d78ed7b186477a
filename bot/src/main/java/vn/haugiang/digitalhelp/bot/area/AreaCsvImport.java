package vn.haugiang.digitalhelp.bot.area;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Imports communes and hamlets from CSV lines {@code commune,hamlet,households} (a header line is
 * allowed). Every row is checked first; if any is bad, nothing is imported and the report lists the
 * bad rows, so an import is never half done.
 */
@Component
public class AreaCsvImport {

    static final int MAX_ROWS = 20_000;
    private final AreaDirectory areas;

    public AreaCsvImport(AreaDirectory areas) {
        this.areas = areas;
    }

    public Report importCsv(String csv) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = withoutByteOrderMark(csv).replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && AreaDirectory.key(line).startsWith("commune"))) {
                continue;
            }
            if (rows.size() + problems.size() >= MAX_ROWS) {
                problems.add(new Problem(i + 1, "Quá " + MAX_ROWS + " dòng; hãy chia tệp nhỏ hơn."));
                break;
            }
            parse(i + 1, line, seen, rows, problems);
        }
        if (!problems.isEmpty()) {
            return new Report(rows.size() + problems.size(), 0, 0, problems);
        }
        int added = 0;
        int updated = 0;
        for (Row row : rows) {
            if (areas.putHamlet(areas.communeNamed(row.commune()), row.hamlet(), row.households())) {
                added++;
            } else {
                updated++;
            }
        }
        return new Report(rows.size(), added, updated, List.of());
    }

    /** Spreadsheet programs often start a UTF-8 CSV file with a byte order mark. */
    private static String withoutByteOrderMark(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    private static void parse(int lineNumber, String line, Set<String> seen, List<Row> rows, List<Problem> problems) {
        String[] cells = line.split(",", -1);
        if (cells.length != 3) {
            problems.add(new Problem(lineNumber, "Cần đúng 3 cột: xã/phường, ấp/khu vực, số hộ."));
            return;
        }
        String commune = cells[0].strip();
        String hamlet = cells[1].strip();
        if (commune.isEmpty() || hamlet.isEmpty()) {
            problems.add(new Problem(lineNumber, "Thiếu tên xã/phường hoặc tên ấp/khu vực."));
            return;
        }
        int households;
        try {
            households = Integer.parseInt(cells[2].strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(lineNumber, "Số hộ phải là số nguyên."));
            return;
        }
        try {
            Hamlet.checkHouseholds(households);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(lineNumber, e.getMessage()));
            return;
        }
        if (!seen.add(AreaDirectory.key(commune) + "|" + AreaDirectory.key(hamlet))) {
            problems.add(new Problem(lineNumber, "Ấp/khu vực này đã có ở dòng trước."));
            return;
        }
        rows.add(new Row(commune, hamlet, households));
    }

    private record Row(String commune, String hamlet, int households) {
    }

    /** A bad row: its line number and what is wrong, in Vietnamese for the admin. */
    public record Problem(int line, String message) {
    }

    /** What an import did; nothing was written when {@code problems} is not empty. */
    public record Report(int rows, int hamletsAdded, int hamletsUpdated, List<Problem> problems) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }
}
