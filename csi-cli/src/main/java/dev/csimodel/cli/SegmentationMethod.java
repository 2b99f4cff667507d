package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.report.RebusEntry;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.SegmentSolution;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A latent-segmentation method behind {@code csi segments --method}: runs on the model's rows
 * and returns the common view the report needs. A new method implements this and adds one entry
 * to {@link SegmentMethod}.
 */
interface SegmentationMethod {

    /**
     * The command's options this method has no use for. Given on the command line they are
     * refused rather than silently ignored.
     *
     * @return the options and why each does not apply, in the order they are checked
     */
    default List<Inapplicable> inapplicable() {
        return List.of();
    }

    /**
     * Checks the options the method uses, before any data is read.
     *
     * @param request the options of the command
     * @throws CsiSpecificationException naming the option
     */
    void check(Request request);

    /**
     * @param model the path model
     * @param rows  complete (or imputed) rows of the model's indicators, in file order
     * @param request the options of the command
     * @return the solutions and the method's suggestion for K
     */
    Outcome run(PathModel model, DataTable rows, Request request);

    /**
     * The command's options a method may use.
     *
     * @param maxSegments {@code --max-k}
     * @param k           {@code --k}, empty if not given
     * @param starts      {@code --starts}
     * @param seed        {@code --seed}
     * @param threads     {@code --threads}
     * @param pls         the PLS settings of the estimation options
     */
    record Request(int maxSegments, OptionalInt k, int starts, long seed, int threads, PlsSettings pls) {
    }

    /**
     * @param option the option's name, e.g. {@code --starts}
     * @param reason why the method has no use for it
     */
    record Inapplicable(String option, String reason) {
    }

    /**
     * One K's solution.
     *
     * @param solution   the memberships and the model re-estimated per segment
     * @param criteria   lnL and the retention criteria, for methods with a likelihood (else empty)
     * @param objective  the quantity the method maximises where it is not lnL (PLS-POS: the sum of R²), else empty
     * @param converged  whether the method's iteration converged
     * @param iterations its iterations
     */
    record Candidate(SegmentSolution solution, Optional<RetentionCriteria> criteria, OptionalDouble objective,
                     boolean converged, int iterations) {
    }

    /**
     * @param candidates  the solutions, ascending K
     * @param suggested   the K the method suggests, and by which criterion (e.g. "AIC3"); empty if it has none
     * @param alternative a second opinion shown beside it (e.g. CAIC's K), empty if none
     * @param settings    the method's settings as used, for the JSON report
     * @param rebus       REBUS-PLS's group quality and dendrogram heights, empty for the other methods
     * @param warnings    e.g. a K without a solution
     */
    record Outcome(List<Candidate> candidates, Optional<Suggestion> suggested, Optional<Suggestion> alternative,
                   Record settings, Optional<RebusEntry> rebus, List<String> warnings) {
    }

    /**
     * @param segments  K
     * @param criterion the criterion that suggests it
     */
    record Suggestion(int segments, String criterion) {
    }
}
