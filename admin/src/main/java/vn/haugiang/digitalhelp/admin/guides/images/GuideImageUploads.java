package vn.haugiang.digitalhelp.admin.guides.images;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.kb.image.GuideImage;
import vn.haugiang.digitalhelp.kb.image.GuideImages;
import vn.haugiang.digitalhelp.kb.image.ImagePreparation;
import vn.haugiang.digitalhelp.kb.image.ImageRefusedException;

/**
 * An editor's picture upload, from the editor page or the API: prepared ({@link ImagePreparation}), stored,
 * and written to the audit log; a refused upload stores nothing and says why.
 */
@Component
public class GuideImageUploads {

    static final String DEFAULT_ALT = "Ảnh minh họa";
    private static final int MAX_ALT = 200;

    private final ImagePreparation preparation;
    private final GuideImages images;
    private final AuditLog audit;

    public GuideImageUploads(ImagePreparation preparation, GuideImages images, AuditLog audit) {
        this.preparation = preparation;
        this.images = images;
        this.audit = audit;
    }

    /**
     * @param alt what the picture shows (its caption); empty for a general one
     * @throws BadInputException naming what is wrong with the file
     */
    public UploadedImage upload(MultipartFile file, String alt, String actor) {
        if (file == null || file.isEmpty()) {
            throw new BadInputException("Hãy chọn ảnh cần tải lên.");
        }
        String caption = alt == null || alt.isBlank() ? DEFAULT_ALT : alt.strip();
        if (caption.length() > MAX_ALT || caption.contains("\n")) {
            throw new BadInputException("Mô tả ảnh chỉ một dòng, tối đa " + MAX_ALT + " ký tự.");
        }
        GuideImage stored;
        try {
            stored = images.save(preparation.prepare(file.getBytes()));
        } catch (ImageRefusedException refused) {
            throw new BadInputException(refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded image", e);
        }
        audit.record(actor, AuditAction.IMAGE_UPLOAD, stored.id(), stored.width() + "×" + stored.height());
        return UploadedImage.of(stored, caption);
    }
}
