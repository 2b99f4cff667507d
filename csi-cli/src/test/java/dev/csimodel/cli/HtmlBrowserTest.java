package dev.csimodel.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo's HTML report in a real browser (headless Chromium): it renders, and the SVG figures
 * reach the DOM. Skipped where no browser is installed (the CI machine).
 */
class HtmlBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 2400;
    /** A blank page of this size compresses to a few kilobytes; the report's is well over this. */
    private static final long MIN_PNG_BYTES = 50_000;
    /** The ellipses of six constructs cover thousands of pixels even scaled down. */
    private static final int MIN_ELLIPSE_PIXELS = 5_000;
    private static final int MIN_BAR_PIXELS = 5_000;
    private static final int ELLIPSE_FILL = 0xeaf1fb;
    private static final int BAR_FILL = 0x3b73b9;

    @TempDir
    static Path dir;
    private static Path report;

    @BeforeAll
    static void writeReport() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no browser at " + CHROMIUM);
        report = dir.resolve("report.html");
        CliRun r = run("demo", "--format", "html", "--output", report.toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static String chromium(String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--window-size=" + WIDTH + "," + HEIGHT));
        command.addAll(List.of(action));
        command.add(report.toUri().toString());
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void screenshotShowsTheFigures() throws IOException, InterruptedException {
        Path shot = dir.resolve("shot.png");
        chromium("--screenshot=" + shot);
        assertTrue(Files.exists(shot), "no screenshot");
        assertTrue(Files.size(shot) > MIN_PNG_BYTES, () -> "screenshot of only " + shot.toFile().length() + " bytes");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        assertTrue(pixels(image, ELLIPSE_FILL) > MIN_ELLIPSE_PIXELS, "construct ellipses not painted");
        assertTrue(pixels(image, BAR_FILL) > MIN_BAR_PIXELS, "index bars not painted");
    }

    /** @return the number of pixels of exactly this colour (anti-aliased edges aside) */
    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void domHoldsTheSvgFigures() throws IOException, InterruptedException {
        String dom = chromium("--dump-dom");
        assertEquals(3, count(dom, "<svg "), "diagram, indices, importance-performance map");
        assertEquals(6, count(dom, "<ellipse class=\"construct\""));
        assertEquals(27, count(dom, "<rect class=\"indicator\""));
        assertEquals(10, count(dom, "<line class=\"path\""));
        assertEquals(6, count(dom, "<rect class=\"index-bar\""));
        assertEquals(4, count(dom, "<circle class=\"driver\""));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
