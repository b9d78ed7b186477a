package vn.haugiang.digitalhelp.bot.pictures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tesseract command line, one process per picture: the picture goes in as a file, the text comes out
 * in a file (no pipe can block), and a process that outlives its time is killed. Whether Tesseract and
 * its language data are installed is learnt once, in the background, so start-up never waits for it.
 */
class Tesseract {

    private static final Logger log = LoggerFactory.getLogger(Tesseract.class);

    /** What is known about the installed Tesseract. */
    enum Availability { CHECKING, READY, MISSING }

    /** The reading took longer than allowed and was stopped. */
    static final class TooSlow extends IOException {
        TooSlow() {
            super("Tesseract took too long");
        }
    }

    private final String command;
    private final String language;
    private final Path workFolder;
    private final AtomicReference<Availability> availability = new AtomicReference<>(Availability.CHECKING);
    private final AtomicReference<String> problem = new AtomicReference<>();

    Tesseract(String command, String language) {
        this.command = command;
        this.language = language;
        try {
            this.workFolder = Files.createTempDirectory("digitalhelp-ocr-");
            this.workFolder.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a working folder for reading pictures", e);
        }
    }

    Availability availability() {
        return availability.get();
    }

    /** Why Tesseract cannot be used, or null. */
    String problem() {
        return problem.get();
    }

    /** Asks Tesseract which languages it has (a few milliseconds); called once, off the start-up thread. */
    void detect() {
        try {
            Process process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String languages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                missing("'" + command + " --list-langs' did not finish");
            } else if (process.exitValue() != 0 || languages.lines().noneMatch(line -> line.strip().equals(language))) {
                missing("Tesseract has no '" + language + "' language data");
            } else {
                availability.set(Availability.READY);
                log.info("Pictures from residents are read with Tesseract ('{}', language {})", command, language);
            }
        } catch (IOException e) {
            missing("Tesseract was not found ('" + command + "')");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void missing(String why) {
        problem.set(why);
        availability.set(Availability.MISSING);
        log.warn("{}: pictures from residents are not read (residents are told so politely)", why);
    }

    /**
     * The text Tesseract finds in a grey picture (PGM bytes).
     *
     * @throws TooSlow     when it ran longer than {@code timeoutMillis} (the process is killed)
     * @throws IOException when Tesseract cannot be run or fails
     */
    String read(byte[] pgm, long timeoutMillis) throws IOException, InterruptedException {
        Path picture = Files.createTempFile(workFolder, "in-", ".pgm");
        Path text = Files.createTempFile(workFolder, "out-", ".txt");
        Process process = null;
        try {
            Files.write(picture, pgm);
            ProcessBuilder builder = new ProcessBuilder(List.of(command, "stdin", "stdout", "-l", language, "--psm", "3"))
                    .redirectInput(picture.toFile())
                    .redirectOutput(text.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // One thread per process: the worker pool decides how many pictures are read at once.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            try {
                process = builder.start();
            } catch (IOException notFound) {
                missing("Tesseract was not found ('" + command + "')");
                throw notFound;
            }
            if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new TooSlow();
            }
            if (process.exitValue() != 0) {
                throw new IOException("Tesseract ended with " + process.exitValue());
            }
            return new String(Files.readAllBytes(text), StandardCharsets.UTF_8);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(picture);
            Files.deleteIfExists(text);
        }
    }
}
