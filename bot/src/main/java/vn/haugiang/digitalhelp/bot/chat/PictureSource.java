package vn.haugiang.digitalhelp.bot.chat;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of a picture a resident sent can be fetched, only when they are needed: a Telegram
 * photo is downloaded from the Bot API, a web chat upload is already in memory.
 */
@FunctionalInterface
public interface PictureSource {

    /** Nothing to fetch (a message that carries no picture). */
    PictureSource NONE = maxBytes -> new byte[0];

    /**
     * The picture's bytes.
     *
     * @throws TooLarge    when it has more than {@code maxBytes} (nothing beyond that is fetched)
     * @throws IOException when it cannot be fetched
     */
    byte[] read(long maxBytes) throws IOException;

    /** At most {@code maxBytes} from the stream; more is refused as {@link TooLarge} after reading one byte over. */
    static byte[] bounded(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new TooLarge();
        }
        return bytes;
    }

    /** The picture is over the size that is read at all. */
    final class TooLarge extends IOException {
        public TooLarge() {
            super("The picture is larger than allowed");
        }
    }
}
