package dev.csimodel.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {

    private static String drawn(Terminal terminal, int total, int steps) {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), terminal);
        try (ProgressBar bar = new ProgressBar(console, "bootstrap", total)) {
            IntStream.range(0, steps).parallel().forEach(i -> bar.advance());
        }
        return err.toString();
    }

    @Test
    void silentWithoutATerminal() {
        assertEquals("", drawn(Terminal.none(), 1000, 1000));
    }

    @Test
    void drawsEachPercentOnceAndEndsTheLine() {
        String out = drawn(new Terminal(true), 1000, 1000);
        // step 1 of 1000 shows as 0%, then every percent up to 100 once: 101 redraws
        assertEquals(101, out.chars().filter(c -> c == '\r').count());
        assertTrue(out.endsWith("] 100%  1000/1000" + System.lineSeparator()), out);
    }

    @Test
    void countsAreClampedToTheTotal() {
        String out = drawn(new Terminal(true), 10, 15);
        assertTrue(out.contains("100%  10/10"), out);
        assertTrue(!out.contains("11/10"), out);
    }
}
