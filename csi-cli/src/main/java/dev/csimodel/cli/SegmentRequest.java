package dev.csimodel.cli;

/**
 * What {@code --group} asks of the segment comparison: the side-by-side table always, the
 * tests with {@code --compare-groups}, the per-segment bootstrap with {@code --group-bootstrap}.
 *
 * @param compare      run MICOM and the permutation tests
 * @param permutations permutations per pair
 * @param replicates   bootstrap resamples per segment, 0 for none
 * @param threads      {@code --threads}, or null for the available processors
 * @param seed         {@code --seed}
 */
record SegmentRequest(boolean compare, int permutations, int replicates, Integer threads, long seed) {

    /** @return the threads to use: {@code --threads}, else the available processors */
    int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
