package dev.csimodel.groups;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;

import java.util.List;

/**
 * The comparison of two groups A and B: the permutation test of every path difference
 * (Chin and Dibbern 2010) and MICOM (Henseler, Ringle and Sarstedt 2016). Immutable.
 */
public final class PairComparison {

    private final String groupA;
    private final String groupB;
    private final List<PathDifference> paths;
    private final MicomResult micom;
    private final PlsResult pooled;

    PairComparison(String groupA, String groupB, List<PathDifference> paths, MicomResult micom, PlsResult pooled) {
        this.groupA = groupA;
        this.groupB = groupB;
        this.paths = List.copyOf(paths);
        this.micom = micom;
        this.pooled = pooled;
    }

    /** @return the label of group A (differences are A − B) */
    public String groupA() {
        return groupA;
    }

    /** @return the label of group B */
    public String groupB() {
        return groupB;
    }

    /** @return the tests of every path, in the model's path order */
    public List<PathDifference> pathDifferences() {
        return paths;
    }

    /**
     * @return the test of the path {@code from -> to}
     * @throws CsiSpecificationException if the model has no such path
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public PathDifference pathDifference(String from, String to) {
        return paths.stream().filter(p -> p.from().equals(from) && p.to().equals(to)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("the model has no path " + from + " -> " + to));
    }

    /** @return the MICOM steps 1-3 */
    public MicomResult micom() {
        return micom;
    }

    /** @return the model estimated on the rows of both groups together (MICOM step 3's scores) */
    public PlsResult pooled() {
        return pooled;
    }
}
