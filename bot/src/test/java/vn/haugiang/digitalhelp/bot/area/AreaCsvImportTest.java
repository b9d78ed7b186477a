package vn.haugiang.digitalhelp.bot.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading an area list before anything is written: cells, quotes, header, and bad rows by line. */
class AreaCsvImportTest {

    @Test
    void aQuotedCellMayHoldTheSeparator() {
        AreaCsvImport.Parsed parsed = AreaCsvImport.read("\"Xã Vị Thanh 1\",\"Ấp 1, khu A\",120\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new AreaCsvImport.Row("Xã Vị Thanh 1", "Ấp 1, khu A", 120));
    }

    @Test
    void aHeaderABomBlankLinesAndSpacesAreTolerated() {
        AreaCsvImport.Parsed parsed = AreaCsvImport.read(
                "\uFEFFcommune,hamlet,households\r\n\r\n Xã Vị Tân , Ấp 2 , 80 \r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new AreaCsvImport.Row("Xã Vị Tân", "Ấp 2", 80));
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbers() {
        AreaCsvImport.Parsed parsed = AreaCsvImport.read("""
                commune,hamlet,households
                Xã A,Ấp 1,100
                Xã A,Ấp 2
                Xã A,Ấp 3,nhiều
                Xã A,Ấp 1,90
                Xã A,Ấp 4,70""");

        assertThat(parsed.problems()).extracting(AreaCsvImport.Problem::line).containsExactly(3, 4, 5);
        assertThat(parsed.rows()).extracting(AreaCsvImport.Row::hamlet).containsExactly("Ấp 1", "Ấp 4");
    }

    @Test
    void anUnclosedQuoteIsAProblemNotACrash() {
        AreaCsvImport.Parsed parsed = AreaCsvImport.read("Xã A,\"Ấp 1,100\nXã A,Ấp 2,50\n");

        assertThat(parsed.problems()).isNotEmpty();
        assertThat(parsed.problems()).extracting(AreaCsvImport.Problem::message)
                .allMatch(message -> !message.isBlank());
        assertThat(parsed.rows()).isEmpty();
    }
}
