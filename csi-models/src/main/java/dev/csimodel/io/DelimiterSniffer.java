package dev.csimodel.io;

import dev.csimodel.CsiDataException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Finds the delimiter of a CSV source from its start, reading ahead at most {@link #LOOK_AHEAD}
 * characters (so a huge header line is not held in memory here): an Excel {@code sep=X} first
 * line names it (the line is then skipped); else it is the candidate ({@code , ; tab |}) found
 * most often outside quotes in the header line, the earlier in that list on a tie, and
 * {@code ,} when none occurs (a one-column file).
 *
 * @param rest           the source, positioned at the header line
 * @param delimiter      the delimiter found
 * @param linesConsumed  1 if a {@code sep=} line was skipped, else 0
 */
record DelimiterSniffer(Reader rest, char delimiter, int linesConsumed) {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    static final int LOOK_AHEAD = 1 << 16;

    static DelimiterSniffer sniff(Reader in, String source) {
        BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in, LOOK_AHEAD + 1);
        try {
            buffered.mark(LOOK_AHEAD);
            String first = firstLine(buffered);
            buffered.reset();
            String stripped = first.startsWith("\uFEFF") ? first.substring(1) : first;
            stripped = stripped.strip();
            if (stripped.length() == 5 && stripped.regionMatches(true, 0, "sep=", 0, 4)) {
                firstLine(buffered);
                return new DelimiterSniffer(buffered, stripped.charAt(4), 1);
            }
            return new DelimiterSniffer(buffered, mostFrequent(first), 0);
        } catch (IOException e) {
            throw new CsiDataException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** @return the first line (without its break), or its first {@link #LOOK_AHEAD} − 1 characters */
    private static String firstLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while (line.length() < LOOK_AHEAD - 1 && (c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }

    private static char mostFrequent(String line) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < CANDIDATES.length && !quoted; k++) {
                counts[k] += c == CANDIDATES[k] ? 1 : 0;
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            best = counts[k] > counts[best] ? k : best;
        }
        return CANDIDATES[best];
    }

    /** @return how a delimiter is written in a message ({@code tab} for a tab) */
    static String name(char c) {
        return c == '\t' ? "tab" : String.valueOf(c);
    }
}
