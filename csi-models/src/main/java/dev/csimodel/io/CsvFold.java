package dev.csimodel.io;

import java.util.List;

/**
 * What to do with the rows of a CSV file read in parallel ranges by
 * {@link CsvDataReader#fold}: each range of the file gets its own state from {@link #start},
 * receives that range's rows in file order through {@link #row}, and the states are combined by
 * {@link #merge} in file order (range 1 with range 2, the result with range 3, ...). The ranges
 * are cut at fixed byte offsets (whatever the number of threads), so the same file gives the
 * same sequence of calls, and hence bit-identical results, with 1 thread or 8; only the
 * interleaving in time differs. A typical state is a {@code MomentAccumulator}, whose
 * {@code merge} combines partial moments.
 *
 * <p>{@link #start} and {@link #row} of different ranges run on different threads at once:
 * they may not share mutable state other than through their own range's state.
 *
 * @param <S> the state of one range
 */
public interface CsvFold<S> {

    /**
     * @param columns the columns read, in the order of each row's values
     * @return a new, empty state for one range
     */
    S start(List<String> columns);

    /**
     * Takes one data row of the range.
     *
     * @param state  the range's state
     * @param values the row's values in the order of the columns (NaN for a missing value);
     *               reused for the next row: copy it to keep it
     * @param label  the row's group label, or null when no grouping column is read
     * @param place  where the row is, for messages
     */
    void row(S state, double[] values, String label, CsvPlace place);

    /**
     * @param earlier the state of the rows before (it may be modified and returned)
     * @param later   the state of the range that follows them
     * @return the state of both, in file order
     */
    S merge(S earlier, S later);
}
