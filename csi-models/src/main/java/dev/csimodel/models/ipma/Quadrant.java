package dev.csimodel.models.ipma;

/**
 * The four cells of the importance-performance map (Martilla and James 1977, "Importance-
 * performance analysis", Journal of Marketing 41(1); Ringle and Sarstedt 2016). The same
 * matrix is the "importance strategy matrix" of GB/T 19038-2009, appendix D.
 */
public enum Quadrant {
    /** A: important and performing well: a competitive advantage to keep up. */
    ADVANTAGE('A', true, true),
    /** B: important but performing poorly: repair first. */
    REPAIR('B', true, false),
    /** C: less important and performing poorly: an opportunity, low priority. */
    OPPORTUNITY('C', false, false),
    /** D: less important but performing well: maintain, possibly over-served. */
    MAINTAIN('D', false, true);

    private final char letter;
    private final boolean important;
    private final boolean high;

    Quadrant(char letter, boolean important, boolean high) {
        this.letter = letter;
        this.important = important;
        this.high = high;
    }

    /** @return the quadrant's letter, A to D */
    public char letter() {
        return letter;
    }

    /** @return true for the important quadrants A and B */
    public boolean important() {
        return important;
    }

    /** @return true for the high-performance quadrants A and D */
    public boolean highPerformance() {
        return high;
    }

    /**
     * @param important true if the importance is at or above the importance threshold
     * @param highPerformance true if the performance is at or above the performance threshold
     * @return the quadrant of a driver with the given classification
     */
    public static Quadrant of(boolean important, boolean highPerformance) {
        if (important) {
            return highPerformance ? ADVANTAGE : REPAIR;
        }
        return highPerformance ? MAINTAIN : OPPORTUNITY;
    }
}
