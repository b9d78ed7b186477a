package vn.haugiang.digitalhelp.bot.pictures;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code ocr} health component: whether residents' pictures can be read. Without Tesseract it says
 * {@code UNAVAILABLE}, a status of its own that does not pull the service's overall health down (the
 * aggregate order in application.yml puts it after UP) and is not part of readiness: everything else
 * works, and residents are told politely that pictures cannot be read yet.
 */
@Component("ocrHealthIndicator")
class OcrHealth extends AbstractHealthIndicator {

    static final Status UNAVAILABLE = new Status("UNAVAILABLE", "Tesseract is not installed: pictures are not read");

    private final PictureReader reader;

    OcrHealth(PictureReader reader) {
        this.reader = reader;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        switch (reader.availability()) {
            case READY -> builder.up();
            case CHECKING -> builder.unknown().withDetail("ocr", "checking for Tesseract");
            case MISSING -> builder.status(UNAVAILABLE).withDetail("problem", reader.problem());
        }
    }
}
