package vn.haugiang.digitalhelp.bot.pictures;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Reading the pictures residents send ({@code digitalhelp.pictures.*}); the README's table lists each
 * setting.
 *
 * @param tesseract    the Tesseract command (a name looked up on the PATH, or a full path)
 * @param language     Tesseract's language data to read with
 * @param maxBytes     largest picture read at all
 * @param maxPixels    most pixels (width × height, from the file's header) a picture may have; a larger
 *                     one is refused before it is decoded (a "decompression bomb" stays a few bytes)
 * @param upscaleBelow a picture narrower than this is enlarged before reading (small text reads better)
 * @param timeout      longest wait for one picture, queue included; then the reading is stopped
 * @param workers      pictures read at once on this instance
 * @param queue        pictures that may wait for a worker; more are turned away as "busy"
 * @param echoLength   characters of the text read that the reply repeats to the resident
 */
@ConfigurationProperties("digitalhelp.pictures")
public record PictureProperties(
        @DefaultValue("tesseract") String tesseract,
        @DefaultValue("vie") String language,
        @DefaultValue("4MB") DataSize maxBytes,
        @DefaultValue("16000000") long maxPixels,
        @DefaultValue("1000") int upscaleBelow,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("2") int workers,
        @DefaultValue("8") int queue,
        @DefaultValue("120") int echoLength) {
}
