package vn.haugiang.digitalhelp.bot.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.haugiang.digitalhelp.bot.EmbeddedMongo;

/**
 * Reading an area list before anything is written: cells, quotes, header, and bad rows by line; and an
 * import into the real area directory (on the embedded MongoDB-wire server) that writes all rows or none.
 */
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

    @Test
    void aFileWithOneBadRowWritesNothingAndAGoodOneWritesEveryRow() {
        try (EmbeddedMongo mongo = new EmbeddedMongo("areas")) {
            AreaDirectory areas = new AreaDirectory(mongo.template(), new Binder(new MapConfigurationPropertySource(Map.of()))
                    .bindOrCreate("digitalhelp.areas", AreaProperties.class));
            AreaCsvImport importer = new AreaCsvImport(areas);

            AreaCsvImport.Report refused = importer.importCsv("""
                    \uFEFFcommune,hamlet,households
                    "Xã Vị Thủy, huyện cũ",Ấp 1,100
                    Xã Vị Thủy,Ấp 2,-5
                    """);

            assertThat(refused.imported()).isFalse();
            assertThat(refused.problems()).extracting(AreaCsvImport.Problem::line).containsExactly(3);
            assertThat(areas.communeByName("Xã Vị Thủy, huyện cũ")).as("the good row before the bad one").isEmpty();
            assertThat(areas.communeByName("Xã Vị Thủy")).isEmpty();

            AreaCsvImport.Report imported = importer.importCsv("""
                    "Xã Vị Thủy, huyện cũ",Ấp 1,100
                    "Xã Vị Thủy, huyện cũ","Ấp 2, khu chợ",80
                    """);

            assertThat(imported.imported()).isTrue();
            assertThat(imported.hamletsAdded()).isEqualTo(2);
            Commune commune = areas.communeByName("Xã Vị Thủy, huyện cũ").orElseThrow();
            assertThat(areas.hamletsOf(commune.id())).extracting(Hamlet::name, Hamlet::households)
                    .containsExactlyInAnyOrder(tuple("Ấp 1", 100),
                            tuple("Ấp 2, khu chợ", 80));
        }
    }
}
