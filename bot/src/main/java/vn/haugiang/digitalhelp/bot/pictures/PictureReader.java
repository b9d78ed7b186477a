package vn.haugiang.digitalhelp.bot.pictures;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.PictureSource;
import vn.haugiang.digitalhelp.bot.pictures.PictureReading.Outcome;

/**
 * Reads the words in a resident's picture (a screenshot of an error, most often). The bytes are checked
 * first: PNG or JPEG by their signature, at most {@code max-bytes}, at most {@code max-pixels} by the header,
 * so nothing oversized is ever decoded. Then a bounded pool of workers decodes the picture, makes it grey
 * (and larger when it is small) and hands it to Tesseract, waiting at most {@code timeout}. Nothing of
 * the picture is kept: its bytes live in memory and in a temporary file for the reading only.
 */
@Component
public class PictureReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PictureReader.class);

    /** A screen darker than this on average is read as a dark (night mode) screen. */
    private static final int DARK_SCREEN = 100;

    private final PictureProperties settings;
    private final Tesseract tesseract;
    private final ThreadPoolExecutor workers;

    public PictureReader(PictureProperties settings) {
        this.settings = settings;
        this.tesseract = new Tesseract(settings.tesseract(), settings.language());
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, settings.queue())), runnable -> {
                    Thread thread = new Thread(runnable, "picture-reader-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        Thread detection = new Thread(tesseract::detect, "picture-reader-detect");
        detection.setDaemon(true);
        detection.start();
    }

    /** Whether pictures can be read here: checking at start-up, ready, or Tesseract missing. */
    Tesseract.Availability availability() {
        return tesseract.availability();
    }

    /** Why pictures cannot be read, or null. */
    String problem() {
        return tesseract.problem();
    }

    /** Waits (at most {@code patience}) for the start-up check; true when pictures can be read. */
    public boolean awaitReady(java.time.Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (tesseract.availability() == Tesseract.Availability.CHECKING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return tesseract.availability() == Tesseract.Availability.READY;
    }

    public PictureReading read(PictureSource source) {
        if (tesseract.availability() == Tesseract.Availability.MISSING) {
            return PictureReading.of(Outcome.CANNOT_READ);
        }
        long maxBytes = settings.maxBytes().toBytes();
        byte[] bytes;
        try {
            bytes = source.read(maxBytes);
        } catch (PictureSource.TooLarge e) {
            return PictureReading.of(Outcome.TOO_LARGE);
        } catch (IOException | RuntimeException e) {
            log.warn("A picture could not be fetched: {}", e.getClass().getSimpleName());
            return PictureReading.of(Outcome.NOT_RECEIVED);
        }
        if (bytes.length == 0) {
            return PictureReading.of(Outcome.NOT_RECEIVED);
        }
        return check(bytes);
    }

    /**
     * Why these bytes are not read at all, judged from their size and header without decoding: not a PNG
     * or JPEG picture, or too large (in bytes, or in pixels by its header); empty when they may be read.
     */
    public Optional<PictureReading> refusal(byte[] bytes) {
        if (bytes.length > settings.maxBytes().toBytes()) {
            return Optional.of(PictureReading.of(Outcome.TOO_LARGE));
        }
        Optional<PictureHeader> header = PictureHeader.of(bytes);
        if (header.isEmpty()) {
            return Optional.of(PictureReading.of(Outcome.NOT_A_PICTURE));
        }
        if (header.get().pixels() > settings.maxPixels()) {
            return Optional.of(PictureReading.of(Outcome.TOO_LARGE));
        }
        return Optional.empty();
    }

    /** The checks on the bytes, then the reading. */
    private PictureReading check(byte[] bytes) {
        Optional<PictureReading> refused = refusal(bytes);
        if (refused.isPresent()) {
            return refused.get();
        }
        Future<String> reading;
        try {
            reading = workers.submit(() -> readWords(bytes));
        } catch (RejectedExecutionException busy) {
            return PictureReading.of(Outcome.BUSY);
        }
        try {
            return ScreenText.of(reading.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS))
                    .map(text -> new PictureReading(Outcome.READ, text, ScreenText.shortened(text, settings.echoLength())))
                    .orElseGet(() -> PictureReading.of(Outcome.NOTHING_READ));
        } catch (TimeoutException e) {
            reading.cancel(true);
            return PictureReading.of(Outcome.BUSY);
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return PictureReading.of(Outcome.BUSY);
        } catch (ExecutionException e) {
            return failed(e.getCause());
        }
    }

    private PictureReading failed(Throwable cause) {
        if (cause instanceof Undecodable) {
            return PictureReading.of(Outcome.NOT_A_PICTURE);
        }
        if (cause instanceof Tesseract.TooSlow) {
            return PictureReading.of(Outcome.BUSY);
        }
        if (tesseract.availability() == Tesseract.Availability.MISSING) {
            return PictureReading.of(Outcome.CANNOT_READ);
        }
        log.warn("A picture could not be read: {}", cause.toString());
        return PictureReading.of(Outcome.BUSY);
    }

    /** Runs on a worker: decode, prepare, read. */
    private String readWords(byte[] bytes) throws IOException, InterruptedException {
        BufferedImage picture;
        try {
            picture = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new Undecodable();
        }
        if (picture == null) {
            throw new Undecodable();
        }
        return tesseract.read(pgm(prepared(picture)), settings.timeout().toMillis());
    }

    /**
     * The ink of the picture as dark on light grey, twice as large when narrower than {@code upscale-below}
     * (Tesseract reads small text badly). On a light screen the ink is each pixel's darkest channel, so red
     * or blue text stays as dark as black text; on a dark screen (night mode) it is the brightest channel,
     * inverted. Plain luminance would make red on dark grey nearly vanish.
     */
    private BufferedImage prepared(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        boolean dark = meanBrightness(picture) < DARK_SCREEN;
        BufferedImage ink = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = ((DataBufferByte) ink.getRaster().getDataBuffer()).getData();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            picture.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int r = (row[x] >> 16) & 0xFF;
                int g = (row[x] >> 8) & 0xFF;
                int b = row[x] & 0xFF;
                grey[y * width + x] = (byte) (dark ? 255 - Math.max(r, Math.max(g, b)) : Math.min(r, Math.min(g, b)));
            }
        }
        if (width >= settings.upscaleBelow()) {
            return ink;
        }
        BufferedImage larger = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = larger.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.drawImage(ink, 0, 0, width * 2, height * 2, null);
        } finally {
            graphics.dispose();
        }
        return larger;
    }

    /** Average brightness (0–255) over a grid of sample pixels. */
    private static int meanBrightness(BufferedImage picture) {
        long sum = 0;
        long count = 0;
        int step = Math.max(1, Math.min(picture.getWidth(), picture.getHeight()) / 64);
        for (int y = 0; y < picture.getHeight(); y += step) {
            for (int x = 0; x < picture.getWidth(); x += step) {
                int rgb = picture.getRGB(x, y);
                sum += (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                count++;
            }
        }
        return (int) (sum / Math.max(1, count));
    }

    /** A grey picture as binary PGM, which Tesseract (Leptonica) reads without any decoding work. */
    private static byte[] pgm(BufferedImage grey) {
        byte[] header = ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] file = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(pixels, 0, file, header.length, pixels.length);
        return file;
    }

    /** The bytes passed the header check but are not a picture Java can decode. */
    private static final class Undecodable extends IOException {
        Undecodable() {
            super("The picture does not decode");
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
