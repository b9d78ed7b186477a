package vn.haugiang.digitalhelp.app.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Phone screenshots of the {@link ScreenTexts}, drawn with Java2D for this project (no screenshot from
 * elsewhere): a status bar, the app's header, the error and its buttons, in each font on this machine
 * that has every Vietnamese letter, at three phone sizes, light or dark, with sensor-like noise, and the
 * way a chat app passes a photo on (scaled down, JPEG-compressed). {@code labels.tsv} names the guide topic
 * of each file.
 */
public final class ScreenshotSet {

    /** How one screenshot was made. */
    public record Variant(String name, int width, int height, boolean dark, double noise, double scale, float jpegQuality) {

        boolean jpeg() {
            return jpegQuality > 0;
        }
    }

    /** One screenshot of the set as planned: its file, the screen, the font and the variant it is drawn in, its noise's seed. */
    record Planned(String file, ScreenTexts screen, String font, Variant variant, long seed) {

        String topic() {
            return screen.topic();
        }

        Screenshot drawn() {
            return new Screenshot(file, topic(), font, variant, draw(screen, font, variant, seed));
        }
    }

    /** One drawn screenshot and the topic of the guide that answers it. */
    record Screenshot(String file, String topic, String font, Variant variant, byte[] bytes) {
    }

    public static final List<Variant> VARIANTS = List.of(
            new Variant("png-1080", 1080, 2340, false, 0, 1, 0),
            new Variant("telegram-720", 720, 1600, false, 6, 0.6, 0.7f),
            new Variant("dark-small", 540, 1170, true, 4, 1, 0.85f));

    private static final String SAMPLE = "Đăng nhập mật khẩu kích hoạt ữ ỷ ẫ ặ";
    private static final List<String> PREFERRED_FONTS = List.of("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed",
            "Noto Sans", "Liberation Sans", "FreeSans");

    private ScreenshotSet() {
    }

    /** Families installed here that draw every Vietnamese letter (logical fonts such as "Dialog" left out). */
    public static List<String> vietnameseFonts() {
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        List<String> usable = PREFERRED_FONTS.stream().filter(installed::contains)
                .filter(family -> new Font(family, Font.PLAIN, 20).canDisplayUpTo(SAMPLE) == -1
                        && new Font(family, Font.BOLD, 20).canDisplayUpTo(SAMPLE) == -1)
                .toList();
        if (usable.isEmpty()) {
            throw new IllegalStateException("No installed font draws Vietnamese letters (install fonts-dejavu)");
        }
        return usable;
    }

    /** Every screen in every variant, fonts taken in turn; written to {@code folder} with {@code labels.tsv}. */
    static List<Screenshot> writeTo(Path folder) {
        return writeTo(folder, Integer.MAX_VALUE);
    }

    /** The first {@code count} screenshots of the set (the same files the whole set begins with), written with {@code labels.tsv}. */
    static List<Screenshot> writeTo(Path folder, int count) {
        List<Screenshot> shots = first(count);
        try {
            Files.createDirectories(folder);
            StringBuilder labels = new StringBuilder("# file\ttopic\tfont\tvariant\n");
            for (Screenshot shot : shots) {
                Files.write(folder.resolve(shot.file()), shot.bytes());
                labels.append(shot.file()).append('\t').append(shot.topic()).append('\t').append(shot.font())
                        .append('\t').append(shot.variant().name()).append('\n');
            }
            Files.writeString(folder.resolve("labels.tsv"), labels, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shots;
    }

    private static List<Screenshot> first(int count) {
        return plan().stream().limit(count).map(Planned::drawn).toList();
    }

    /** The whole set, in order, without drawing it: every screen in every variant, fonts taken in turn. */
    static List<Planned> plan() {
        List<String> fonts = vietnameseFonts();
        List<Planned> all = new ArrayList<>();
        for (int s = 0; s < ScreenTexts.ALL.size(); s++) {
            ScreenTexts screen = ScreenTexts.ALL.get(s);
            for (int v = 0; v < VARIANTS.size(); v++) {
                Variant variant = VARIANTS.get(v);
                int n = all.size() + 1;
                String file = String.format("%02d-%s-%s.%s", n, screen.topic(), variant.name(), variant.jpeg() ? "jpg" : "png");
                all.add(new Planned(file, screen, fonts.get((s + v) % fonts.size()), variant, n));
            }
        }
        return all;
    }

    /** One screen as the file a phone would send. */
    public static byte[] draw(ScreenTexts screen, String font, Variant variant, long seed) {
        BufferedImage picture = new BufferedImage(variant.width(), variant.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            paint(g, screen, font, variant);
        } finally {
            g.dispose();
        }
        addNoise(picture, variant.noise(), new Random(seed));
        return encoded(scaled(picture, variant.scale()), variant);
    }

    private static void paint(Graphics2D g, ScreenTexts screen, String family, Variant v) {
        int w = v.width();
        int h = v.height();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color background = v.dark() ? new Color(0x12, 0x14, 0x18) : new Color(0xF4, 0xF6, 0xF8);
        Color card = v.dark() ? new Color(0x22, 0x26, 0x2C) : Color.WHITE;
        Color text = v.dark() ? new Color(0xE6, 0xE8, 0xEB) : new Color(0x20, 0x24, 0x28);
        Color accent = new Color(0xC6, 0x28, 0x28);
        Color brand = new Color(0x0B, 0x5F, 0xA5);
        g.setColor(background);
        g.fillRect(0, 0, w, h);
        int bar = h / 30;
        g.setColor(brand.darker());
        g.fillRect(0, 0, w, bar);
        g.setColor(Color.WHITE);
        g.setFont(new Font(family, Font.PLAIN, bar * 2 / 3));
        g.drawString("09:41", w / 30, bar * 3 / 4);
        g.drawString("4G  85%", w - w / 5, bar * 3 / 4);
        int header = h / 14;
        g.setColor(brand);
        g.fillRect(0, bar, w, header);
        g.setColor(Color.WHITE);
        g.setFont(new Font(family, Font.BOLD, w / 18));
        g.drawString(screen.app(), w / 20, bar + header * 2 / 3);

        int margin = w / 14;
        int top = bar + header + h / 12;
        g.setColor(card);
        g.fillRoundRect(margin / 2, top - h / 30, w - margin, h / 2, w / 25, w / 25);
        int y = top + w / 20;
        Font title = new Font(family, Font.BOLD, w / 17);
        Font body = new Font(family, Font.PLAIN, w / 23);
        List<String> lines = screen.lines();
        for (int i = 0; i < lines.size(); i++) {
            boolean first = i == 0;
            boolean button = i == lines.size() - 1 && i > 1;
            g.setFont(first ? title : body);
            FontMetrics metrics = g.getFontMetrics();
            if (button) {
                y += metrics.getHeight() / 2;
                int width = Math.min(w - 3 * margin, metrics.stringWidth(lines.get(i)) + margin);
                g.setColor(brand);
                g.setStroke(new BasicStroke(Math.max(2, w / 300f)));
                g.drawRoundRect(margin, y - metrics.getAscent() - metrics.getHeight() / 4, width,
                        metrics.getHeight() * 3 / 2, w / 40, w / 40);
                g.setColor(v.dark() ? new Color(0x8A, 0xB8, 0xF0) : brand);
                g.drawString(lines.get(i), margin + margin / 2, y + metrics.getHeight() / 4);
                continue;
            }
            g.setColor(first ? accent : text);
            for (String row : wrapped(lines.get(i), metrics, w - 3 * margin)) {
                g.drawString(row, margin, y);
                y += metrics.getHeight() * 6 / 5;
            }
            if (first) {
                y += metrics.getHeight() / 3;
            }
        }
    }

    private static List<String> wrapped(String line, FontMetrics metrics, int width) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = row.isEmpty() ? word : row + " " + word;
            if (metrics.stringWidth(candidate) > width && !row.isEmpty()) {
                rows.add(row.toString());
                row = new StringBuilder(word);
            } else {
                row = new StringBuilder(candidate);
            }
        }
        rows.add(row.toString());
        return rows;
    }

    private static void addNoise(BufferedImage picture, double sigma, Random random) {
        if (sigma <= 0) {
            return;
        }
        int width = picture.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < picture.getHeight(); y++) {
            picture.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int shift = (int) Math.round(random.nextGaussian() * sigma);
                int r = clamp(((row[x] >> 16) & 0xFF) + shift);
                int g = clamp(((row[x] >> 8) & 0xFF) + shift);
                int b = clamp((row[x] & 0xFF) + shift);
                row[x] = (r << 16) | (g << 8) | b;
            }
            picture.setRGB(0, y, width, 1, row, 0, width);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static BufferedImage scaled(BufferedImage picture, double scale) {
        if (scale == 1) {
            return picture;
        }
        int w = (int) Math.round(picture.getWidth() * scale);
        int h = (int) Math.round(picture.getHeight() * scale);
        BufferedImage smaller = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(picture, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return smaller;
    }

    private static byte[] encoded(BufferedImage picture, Variant variant) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!variant.jpeg()) {
                ImageIO.write(picture, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(variant.jpegQuality());
                writer.write(null, new IIOImage(picture, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
