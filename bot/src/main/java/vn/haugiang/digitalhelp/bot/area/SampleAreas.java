package vn.haugiang.digitalhelp.bot.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gives a fresh install a small SAMPLE of communes and hamlets (classpath {@code areas/sample-areas.csv})
 * so the bot can be tried at once. An admin replaces it with the real list by CSV import.
 */
@Component
class SampleAreas implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SampleAreas.class);

    private final AreaDirectory areas;
    private final AreaCsvImport importer;

    SampleAreas(AreaDirectory areas, AreaCsvImport importer) {
        this.areas = areas;
        this.importer = importer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!areas.isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource("areas/sample-areas.csv").getInputStream()) {
            AreaCsvImport.Report report = importer.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            log.info("No areas yet: loaded the SAMPLE area list ({} hamlets); import the real list from CSV",
                    report.hamletsAdded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
