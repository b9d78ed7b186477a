package vn.haugiang.digitalhelp.admin.guides.images;

import vn.haugiang.digitalhelp.kb.image.GuideImage;
import vn.haugiang.digitalhelp.kb.image.ImageReferences;

/**
 * A stored guide image as the editor gets it back after an upload.
 *
 * @param markdown what to put in the guide's body to show it, e.g. {@code ![Bước 2](image:<id>)}
 * @param url      where the service serves it
 */
public record UploadedImage(String id, String markdown, String url, int width, int height) {

    static UploadedImage of(GuideImage image, String alt) {
        return new UploadedImage(image.id(), ImageReferences.markdown(alt, image.id()), image.path(), image.width(),
                image.height());
    }
}
