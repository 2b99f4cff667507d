package dev.csimodel.segmentation.pos;

import java.util.SplittableRandom;

/**
 * One random start: its number of segments and its own generator, split off the root in a fixed
 * order before any start runs.
 *
 * @param segments K
 * @param random   the start's generator
 */
record StartTask(int segments, SplittableRandom random) {
}
