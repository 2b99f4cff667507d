package dev.csimodel.io;

/**
 * Thrown by the {@link CsvPlace} of a range whose first line is not known yet (the ranges
 * before it are still being read): the range stops, and once the earlier ranges are counted
 * the failing record is parsed again with its true place, which rethrows the real message.
 * Control flow only: no stack trace, never leaves this package.
 */
final class DeferredPlace extends RuntimeException {

    static final DeferredPlace INSTANCE = new DeferredPlace();

    private DeferredPlace() {
        super("place of a row not known yet", null, false, false);
    }
}
