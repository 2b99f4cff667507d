package dev.csimodel.io;

import java.util.List;

/**
 * The per-range consumer of {@link ParallelCsv}: a {@link CsvFold} that may also ask for the
 * number of lines of its range before its first row, to size column arrays exactly.
 *
 * @param <S> the state of one range
 */
interface RangeSink<S> extends CsvFold<S> {

    /** @return true if {@link #start(List, int)} wants the line count of the range (one extra scan) */
    default boolean wantsLineCount() {
        return false;
    }

    /**
     * @param lines at least the number of data rows of the range, if {@link #wantsLineCount()}; else 0
     * @return a new state for one range
     */
    default S start(List<String> columns, int lines) {
        return start(columns);
    }

    /** @return {@code fold} as a sink that does not need line counts */
    static <S> RangeSink<S> of(CsvFold<S> fold) {
        return new RangeSink<>() {
            @Override
            public S start(List<String> columns) {
                return fold.start(columns);
            }

            @Override
            public void row(S state, double[] values, String label, CsvPlace place) {
                fold.row(state, values, label, place);
            }

            @Override
            public S merge(S earlier, S later) {
                return fold.merge(earlier, later);
            }
        };
    }
}
