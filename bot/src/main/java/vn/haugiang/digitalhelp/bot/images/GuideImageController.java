package vn.haugiang.digitalhelp.bot.images;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.digitalhelp.kb.image.GuideImage;
import vn.haugiang.digitalhelp.kb.image.GuideImages;

/**
 * Serves guide pictures to the web chat and the admin preview, publicly, at {@code /guide-images/<id>}. An id
 * names exactly one content forever, so browsers and proxies may keep a picture for a year without asking
 * again ({@code immutable}); the id is also the ETag.
 */
@RestController
public class GuideImageController {

    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final GuideImages images;

    public GuideImageController(GuideImages images) {
        this.images = images;
    }

    @GetMapping("/guide-images/{id}")
    public ResponseEntity<byte[]> image(@PathVariable String id,
                                        @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        GuideImage image = images.find(id).orElse(null);
        if (image == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        String etag = "\"" + image.id() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
        }
        return images.content(id)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.format().contentType()))
                        .cacheControl(FOREVER)
                        .eTag(etag)
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
