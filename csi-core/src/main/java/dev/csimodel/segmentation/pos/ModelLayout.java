package dev.csimodel.segmentation.pos;

import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The index layout of a path model that the segment fits work with: the indicator range of each
 * construct's block (in the model's block order, that of {@link PathModel#indicators()}) and,
 * for each endogenous construct, the constructs it is regressed on.
 */
final class ModelLayout {

    final int indicators;
    final int constructs;
    final int[] blockStart;
    final int[] blockEnd;
    /** Construct index of each endogenous construct, in declaration order. */
    final int[] endogenous;
    /** For each endogenous construct (same order), its predecessors' construct indices. */
    final int[][] predecessors;
    final List<String> constructNames;

    ModelLayout(PathModel model) {
        BlockStructure blocks = model.blocks();
        indicators = blocks.indicatorCount();
        constructs = blocks.constructCount();
        blockStart = new int[constructs];
        blockEnd = new int[constructs];
        List<Integer> endo = new ArrayList<>();
        for (int k = 0; k < constructs; k++) {
            blockStart[k] = blocks.start(k);
            blockEnd[k] = blocks.end(k);
            if (blocks.predecessorCount(k) > 0) {
                endo.add(k);
            }
        }
        endogenous = endo.stream().mapToInt(Integer::intValue).toArray();
        predecessors = new int[endogenous.length][];
        for (int b = 0; b < endogenous.length; b++) {
            predecessors[b] = blocks.predecessors(endogenous[b]);
        }
        constructNames = model.constructNames();
    }

    /** @return the largest number of predictors of one endogenous construct */
    int largestPredictorCount() {
        int max = 0;
        for (int[] pred : predecessors) {
            max = Math.max(max, pred.length);
        }
        return max;
    }
}
