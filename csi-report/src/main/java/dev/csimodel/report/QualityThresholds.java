package dev.csimodel.report;

/**
 * The rules of thumb researchers check a PLS-SEM measurement model against (Hair, Hult, Ringle and
 * Sarstedt 2022, "A Primer on PLS-SEM", 3rd ed., ch. 4-6; Henseler, Ringle and Sarstedt 2015 for
 * HTMT). They are conventions, not tests: the reports mark values outside them.
 */
final class QualityThresholds {

    /** Indicator reliability: a loading of at least 0.708 means the construct explains half its variance. */
    static final double LOADING = 0.708;
    /** Convergent validity: AVE ≥ 0.5. */
    static final double AVE = 0.5;
    /** Internal consistency (alpha, rhoC, rhoA): 0.7 to 0.95; above 0.95 suggests redundant items. */
    static final double RELIABILITY_LOW = 0.7;
    static final double RELIABILITY_HIGH = 0.95;
    /** Discriminant validity: HTMT below 0.85 (conservative) or 0.90 (conceptually similar constructs). */
    static final double HTMT_STRICT = 0.85;
    static final double HTMT_LIBERAL = 0.90;
    /** Collinearity: VIF below 5. */
    static final double VIF = 5.0;

    private QualityThresholds() {
    }

    static boolean loadingLow(Double v) {
        return v != null && v < LOADING;
    }

    static boolean aveLow(Double v) {
        return v != null && v < AVE;
    }

    static boolean reliabilityOff(Double v) {
        return v != null && (v < RELIABILITY_LOW || v > RELIABILITY_HIGH);
    }

    static boolean vifHigh(Double v) {
        return v != null && v >= VIF;
    }

    /** @return "" below 0.85, "!" from 0.85, "!!" from 0.90 */
    static String htmtMark(Double v) {
        if (v == null || v < HTMT_STRICT) {
            return "";
        }
        return v < HTMT_LIBERAL ? "!" : "!!";
    }

    /** @return the significance stars of a p-value: *** < 0.001, ** < 0.01, * < 0.05 */
    static String stars(Double p) {
        if (p == null) {
            return "";
        }
        if (p < 0.001) {
            return "***";
        }
        if (p < 0.01) {
            return "**";
        }
        return p < 0.05 ? "*" : "";
    }
}
