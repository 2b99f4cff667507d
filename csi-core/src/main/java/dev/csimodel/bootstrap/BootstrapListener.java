package dev.csimodel.bootstrap;

/**
 * Receives progress of a bootstrap run.
 *
 * <p><b>Threading:</b> {@link #onProgress} is called from the worker threads, possibly
 * concurrently and not necessarily in increasing order of {@code done}; implementations must be
 * thread-safe and quick (e.g. update a volatile field or post to a UI queue). An exception thrown
 * by the listener aborts the run.
 */
@FunctionalInterface
public interface BootstrapListener {

    /** A listener that ignores progress. */
    BootstrapListener NONE = (done, total) -> { };

    /**
     * Called after each estimation: resamples first, then (for BCa) the jackknife.
     *
     * @param done  estimations finished so far, 1 ≤ done ≤ total
     * @param total resamples plus, when BCa intervals are requested, the n jackknife estimations
     */
    void onProgress(int done, int total);
}
