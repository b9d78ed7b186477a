package vn.haugiang.digitalhelp.kb.image;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the images editors put in guides ({@code digitalhelp.images.*}).
 *
 * @param maxUploadSize largest file an editor may upload (kept below {@code spring.servlet.multipart.max-file-size})
 * @param maxPixels     most pixels an upload may declare in its header; a larger one is refused before it is
 *                      decoded (a "decompression bomb" unpacks a small file into gigabytes of memory)
 * @param maxSide       longest side of a stored image; larger uploads are scaled down to it
 */
@ConfigurationProperties("digitalhelp.images")
public record ImageProperties(
        @DefaultValue("4MB") DataSize maxUploadSize,
        @DefaultValue("40000000") long maxPixels,
        @DefaultValue("1280") int maxSide) {

    public static ImageProperties defaults() {
        return new ImageProperties(DataSize.ofMegabytes(4), 40_000_000, 1280);
    }
}
