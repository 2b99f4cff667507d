package dev.csimodel.io;

/**
 * Where the current row of a {@link CsvFold} is, for a message. In a parallel read the line of
 * a row is only known once the ranges before it are counted, so call {@link #place()} only to
 * build the message of an exception about to be thrown: until the line is known the call itself
 * abandons the row (with an internal exception that the fold must not catch); the reader then
 * finishes the earlier ranges and calls {@link CsvFold#row} once more for that row, with the
 * true line and row number, so the message names the first bad row of the file, as a
 * sequential read would.
 */
public interface CsvPlace {

    /**
     * @return source, 1-based file line and 1-based data row, e.g.
     *         {@code "survey.csv, line 12 (data row 11)"}
     */
    String place();
}
