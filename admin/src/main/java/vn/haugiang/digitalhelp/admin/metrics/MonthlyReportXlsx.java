package vn.haugiang.digitalhelp.admin.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The monthly report as an Excel workbook (Apache POI): numbers as numbers, shares as percentages. */
final class MonthlyReportXlsx {

    private MonthlyReportXlsx() {
    }

    static byte[] write(String sheetName, List<ReportRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle title = bold(workbook, (short) 14);
            CellStyle heading = bold(workbook, (short) 12);
            CellStyle header = bold(workbook, (short) 11);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            int widest = 1;
            for (int r = 0; r < rows.size(); r++) {
                ReportRow reportRow = rows.get(r);
                Row row = sheet.createRow(r);
                widest = Math.max(widest, reportRow.cells().size());
                for (int c = 0; c < reportRow.cells().size(); c++) {
                    var cell = row.createCell(c);
                    Object value = reportRow.cells().get(c);
                    if (value instanceof ReportRow.Percent share) {
                        cell.setCellValue(share.value());
                        cell.setCellStyle(percent);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                    switch (reportRow.kind()) {
                        case TITLE -> cell.setCellStyle(title);
                        case HEADING -> cell.setCellStyle(heading);
                        case TABLE_HEADER -> cell.setCellStyle(header);
                        default -> {
                        }
                    }
                }
            }
            for (int c = 0; c < widest; c++) {
                sheet.setColumnWidth(c, c == 0 ? 48 * 256 : 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the monthly report workbook", e);
        }
    }

    private static CellStyle bold(XSSFWorkbook workbook, short points) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints(points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
