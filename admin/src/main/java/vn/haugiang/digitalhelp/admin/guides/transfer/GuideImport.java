package vn.haugiang.digitalhelp.admin.guides.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.guides.GuideChanges;
import vn.haugiang.digitalhelp.admin.guides.transfer.ImportReport.Problem;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleSlugs;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;
import vn.haugiang.digitalhelp.kb.image.GuideImages;
import vn.haugiang.digitalhelp.kb.image.ImagePreparation;
import vn.haugiang.digitalhelp.kb.image.ImageProperties;
import vn.haugiang.digitalhelp.kb.image.ImageRefusedException;
import vn.haugiang.digitalhelp.kb.image.PreparedImage;
import vn.haugiang.digitalhelp.kb.search.GuideIndexRefresher;
import vn.haugiang.digitalhelp.kb.seed.GuideFile;
import vn.haugiang.digitalhelp.kb.seed.GuideFileWriter;
import vn.haugiang.digitalhelp.kb.seed.InvalidGuideException;

/**
 * Applies a zip of guide files and their pictures, all or nothing: every picture is checked (its bytes
 * match its id, it is an image as the service stores them), every file is parsed and checked by
 * {@link vn.haugiang.digitalhelp.kb.article.ArticleValidation}, and if any is invalid, every invalid file is
 * reported and nothing is stored. Then the pictures are stored, a new slug is created; a file equal to its guide is left alone; a
 * changed file is applied only when it was exported from the guide's current version, otherwise it
 * is reported as a conflict and nothing is overwritten.
 */
@Component
public class GuideImport {

    private final ArticleStore articles;
    private final GuideChanges changes;
    private final GuideImages images;
    private final ImagePreparation preparation;
    private final ImageProperties imageLimits;
    private final GuideIndexRefresher index;

    public GuideImport(ArticleStore articles, GuideChanges changes, GuideImages images, ImagePreparation preparation,
                       ImageProperties imageLimits, GuideIndexRefresher index) {
        this.articles = articles;
        this.changes = changes;
        this.images = images;
        this.preparation = preparation;
        this.imageLimits = imageLimits;
        this.index = index;
    }

    public ImportReport apply(byte[] zip, String actor) {
        ZipGuideFiles.Contents contents = ZipGuideFiles.read(zip, imageLimits.maxUploadSize().toBytes());
        List<ParsedFile> parsed = new ArrayList<>();
        List<Problem> invalid = new ArrayList<>();
        List<PreparedImage> pictures = checkedPictures(contents.images(), invalid);
        Predicate<String> knownImage = id -> contents.images().containsKey(id) || images.exists(id);
        for (Map.Entry<String, String> file : contents.guides().entrySet()) {
            String name = file.getKey();
            String slug = name.substring(0, name.length() - ".md".length());
            if (!ArticleSlugs.VALID.matcher(slug).matches()) {
                invalid.add(new Problem(name, "Tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang."));
                continue;
            }
            try {
                parsed.add(new ParsedFile(name, slug, file.getValue(), GuideFile.parse(slug, file.getValue(), knownImage)));
            } catch (InvalidGuideException e) {
                invalid.add(new Problem(name, "Tệp không đúng định dạng: " + e.getMessage()));
            }
        }
        if (!invalid.isEmpty()) {
            // One bad file stops the whole import, so a zip is applied entirely or not at all.
            return new ImportReport(List.of(), List.of(), List.of(), List.of(), invalid);
        }
        pictures.forEach(images::save);
        return index.inOneRefresh(() -> applyValid(parsed, actor)); // a zip of many guides is indexed once
    }

    /** The zip's pictures, each checked to be a prepared image whose bytes match its id (its name). */
    private List<PreparedImage> checkedPictures(Map<String, byte[]> pictures, List<Problem> invalid) {
        List<PreparedImage> checked = new ArrayList<>();
        for (Map.Entry<String, byte[]> picture : pictures.entrySet()) {
            String name = ZipGuideFiles.IMAGES_FOLDER + picture.getKey();
            if (!GuideImages.idOf(picture.getValue()).equals(picture.getKey())) {
                invalid.add(new Problem(name, "Nội dung ảnh không khớp với tên tệp (mã ảnh); ảnh đã bị sửa sau khi xuất."));
                continue;
            }
            try {
                checked.add(preparation.checkPrepared(picture.getValue()));
            } catch (ImageRefusedException refused) {
                invalid.add(new Problem(name, refused.getMessage()));
            }
        }
        return checked;
    }

    private ImportReport applyValid(List<ParsedFile> files, String actor) {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Problem> conflicting = new ArrayList<>();
        for (ParsedFile file : files) {
            String slug = file.slug();
            GuideFile guide = file.guide();
            Optional<Article> existing = articles.findBySlug(slug);
            if (existing.isEmpty()) {
                changes.create(slug, guide.content(), guide.status(), actor);
                created.add(slug);
                continue;
            }
            Article current = existing.get();
            if (current.content().equals(guide.content()) && current.status() == guide.status()) {
                unchanged.add(slug);
                continue;
            }
            OptionalLong exported = GuideFileWriter.exportedVersion(file.text());
            if (exported.isEmpty() || exported.getAsLong() != current.version()) {
                conflicting.add(new Problem(file.name(), conflictReason(exported, current)));
                continue;
            }
            try {
                changes.edit(current.id(), current.version(), guide.content(), guide.status(), actor);
                updated.add(slug);
            } catch (ArticleVersionConflictException e) {
                conflicting.add(new Problem(file.name(), "Bài vừa được người khác lưu trong lúc nhập; không ghi đè."));
            }
        }
        return new ImportReport(created, updated, unchanged, conflicting, List.of());
    }

    private record ParsedFile(String name, String slug, String text, GuideFile guide) {
    }

    private static String conflictReason(OptionalLong exported, Article current) {
        if (exported.isEmpty()) {
            return "Tệp không ghi phiên bản (version) mà bài trên máy chủ có nội dung khác (phiên bản "
                    + current.version() + "); không ghi đè.";
        }
        return "Bài đã được sửa sau bản xuất: trên máy chủ là phiên bản " + current.version()
                + ", tệp được xuất từ phiên bản " + exported.getAsLong() + "; không ghi đè.";
    }
}
