package dev.csimodel.io;

import java.util.List;

/**
 * The per-range consumer of {@link ParallelCsv}: a {@link CsvFold} that may also ask for the
 * number of lines of every range before the first row, to place each range's rows in the
 * table's column arrays directly.
 *
 * @param <S> the state of one range
 */
interface RangeSink<S> extends CsvFold<S> {

    /**
     * @return true if the sink wants {@link #layout} before the first range: the reader then
     *         counts the lines of every range in a first pass
     */
    default boolean wantsLineCount() {
        return false;
    }

    /**
     * Called once, before any range starts, if {@link #wantsLineCount()}.
     *
     * @param width            the number of columns read
     * @param lineFeeds        the LF bytes of each range (a range holds at most that many rows,
     *                         the last one more if the file does not end with an LF)
     * @param endsWithLineFeed true if the file's last byte is an LF
     */
    default void layout(int width, long[] lineFeeds, boolean endsWithLineFeed) {
    }

    /**
     * @param range the 0-based range, in file order
     * @return a new state for that range
     */
    default S start(List<String> columns, int range) {
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
