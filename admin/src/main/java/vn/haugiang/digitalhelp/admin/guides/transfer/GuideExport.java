package vn.haugiang.digitalhelp.admin.guides.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.image.GuideImage;
import vn.haugiang.digitalhelp.kb.image.GuideImages;
import vn.haugiang.digitalhelp.kb.image.ImageReferences;
import vn.haugiang.digitalhelp.kb.seed.GuideFile;
import vn.haugiang.digitalhelp.kb.seed.GuideFileWriter;

/**
 * The whole guide base as a zip of {@code <slug>.md} files in the seed format, each with its version, and
 * the pictures they show as {@code images/<id>.<png|jpg>}.
 */
@Component
public class GuideExport {

    private final ArticleStore articles;
    private final GuideImages images;
    private final Clock clock;
    private final ZoneId zone;

    public GuideExport(ArticleStore articles, GuideImages images, Clock clock, ZoneId zone) {
        this.articles = articles;
        this.images = images;
        this.clock = clock;
        this.zone = zone;
    }

    /** The download's file name, dated today in the service's zone. */
    public String fileName() {
        return "huong-dan-" + LocalDate.now(clock.withZone(zone)) + ".zip";
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Set<String> pictures = new LinkedHashSet<>();
            for (Article article : articles.findAll()) {
                GuideFile guide = new GuideFile(article.slug(), article.content(), article.status());
                zip.putNextEntry(new ZipEntry(article.slug() + ".md"));
                zip.write(GuideFileWriter.write(guide, article.version()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                ImageReferences.in(article.body()).forEach(picture -> pictures.add(picture.id()));
            }
            for (String id : pictures) {
                Optional<GuideImage> image = images.find(id);
                if (image.isPresent()) {
                    zip.putNextEntry(new ZipEntry(ZipGuideFiles.IMAGES_FOLDER + image.get().fileName()));
                    zip.write(images.content(id).orElseThrow());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the guide export", e);
        }
        return bytes.toByteArray();
    }
}
