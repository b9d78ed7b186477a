package vn.haugiang.digitalhelp.bot.area;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Imports communes and hamlets from CSV lines {@code commune,hamlet,households} (comma-separated,
 * cells may be quoted, a header line is allowed; read with Commons CSV). Every row is checked first; if any is bad, nothing is imported and the report lists the
 * bad rows, so an import is never half done.
 */
@Component
public class AreaCsvImport {

    static final int MAX_ROWS = 20_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreSurroundingSpaces(true).get();
    private final AreaDirectory areas;

    public AreaCsvImport(AreaDirectory areas) {
        this.areas = areas;
    }

    public Report importCsv(String csv) {
        Parsed parsed = read(csv);
        List<Row> rows = parsed.rows();
        List<Problem> problems = parsed.problems();
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

    /** Checks every row without writing anything. */
    static Parsed read(String csv) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(withoutByteOrderMark(csv)))) {
            for (CSVRecord record : parser) {
                int lineNumber = (int) parser.getCurrentLineNumber();
                if (isBlank(record) || (record.getRecordNumber() == 1 && AreaDirectory.key(record.get(0)).startsWith("commune"))) {
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(lineNumber, "Quá " + MAX_ROWS + " dòng; hãy chia tệp nhỏ hơn."));
                    break;
                }
                parse(lineNumber, record, seen, rows, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(rows.size() + problems.size() + 1,
                    "Tệp CSV không đọc được (có thể thiếu dấu ngoặc kép đóng)."));
        }
        return new Parsed(rows, problems);
    }

    /** Spreadsheet programs often start a UTF-8 CSV file with a byte order mark. */
    private static String withoutByteOrderMark(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static void parse(int lineNumber, CSVRecord cells, Set<String> seen, List<Row> rows, List<Problem> problems) {
        if (cells.size() != 3) {
            problems.add(new Problem(lineNumber, "Cần đúng 3 cột: xã/phường, ấp/khu vực, số hộ."));
            return;
        }
        String commune = cells.get(0).strip();
        String hamlet = cells.get(1).strip();
        if (commune.isEmpty() || hamlet.isEmpty()) {
            problems.add(new Problem(lineNumber, "Thiếu tên xã/phường hoặc tên ấp/khu vực."));
            return;
        }
        int households;
        try {
            households = Integer.parseInt(cells.get(2).strip());
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

    record Row(String commune, String hamlet, int households) {
    }

    record Parsed(List<Row> rows, List<Problem> problems) {
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
