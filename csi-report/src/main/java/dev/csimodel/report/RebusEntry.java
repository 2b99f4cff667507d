package dev.csimodel.report;

import java.util.List;

/**
 * What REBUS-PLS adds to the {@code csi segments} report: the group quality index of its
 * solution against the global model's, how far the iteration had settled, and the last merge
 * heights of the residual dendrogram, from which the user chooses K (REBUS does not choose it).
 *
 * @param groupQuality       GQI of the final partition (Trinchera 2007; plspm's {@code get_GQI})
 * @param globalGroupQuality GQI of the global model on all rows (one class), for comparison
 * @param finalChangeShare   the share of rows the last reassignment moved
 * @param initialSizes       rows of each class cut from the dendrogram, where the iteration started
 * @param mergeHeights       the last merges of the Ward dendrogram of the residuals, ascending K
 */
public record RebusEntry(double groupQuality, double globalGroupQuality, double finalChangeShare,
                         List<Integer> initialSizes, List<Merge> mergeHeights) {

    /**
     * Copies the lists.
     *
     * @param finalChangeShare the share of rows the last reassignment moved
     * @param globalGroupQuality GQI of the global model on all rows (one class), for comparison
     * @param groupQuality GQI of the final partition (Trinchera 2007; plspm's {@code get_GQI})
     * @param initialSizes rows of each class cut from the dendrogram, where the iteration started
     * @param mergeHeights the last merges of the Ward dendrogram of the residuals, ascending K
     */
    public RebusEntry {
        initialSizes = List.copyOf(initialSizes);
        mergeHeights = List.copyOf(mergeHeights);
    }

    /**
     * One merge of the dendrogram: K classes joined into K − 1 at this height. A height much
     * larger than the one of K + 1 (a jump) says that K classes are well apart.
     *
     * @param segments K, the number of classes before the merge
     * @param height   the Ward merge height
     */
    public record Merge(int segments, double height) {
    }
}
