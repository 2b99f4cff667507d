package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.segmentation.pos.PosEstimator;
import dev.csimodel.segmentation.pos.PosLikelihood;
import dev.csimodel.segmentation.pos.PosResult;
import dev.csimodel.segmentation.pos.PosSettings;
import dev.csimodel.segmentation.pos.PosSolution;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code --method pos}: PLS-POS (Becker, Rai, Ringle and Völckner 2013), K = 1..--max-k from
 * {@code --starts} random partitions each, the sum of the segments' R² maximised; K suggested by
 * AIC3 with CAIC beside it, as for FIMIX-PLS, from the partition's mixture likelihood.
 */
final class PosMethod implements SegmentationMethod {

    @Override
    public void check(Request request) {
        RangeOptions.check(request);
        if (request.pls().consistent()) {
            throw new CsiSpecificationException("--consistent does not apply to --method pos: PLS-POS re-estimates"
                    + " its segments with plain PLS");
        }
    }

    @Override
    public Outcome run(PathModel model, DataTable rows, Request request) {
        PosSettings settings = PosSettings.defaults().withMaxSegments(request.maxSegments())
                .withStarts(request.starts()).withSeed(request.seed()).withThreads(request.threads())
                .withPls(request.pls());
        PosResult r = new PosEstimator(settings).estimate(model, rows);
        return new Outcome(r.solutions().stream().map(PosMethod::candidate).toList(),
                Optional.of(new Suggestion(r.suggestedByAic3(), "AIC3")),
                Optional.of(new Suggestion(r.suggestedByCaic(), "CAIC")), Used.of(r), Optional.empty(), List.of());
    }

    private static Candidate candidate(PosSolution s) {
        return new Candidate(s.solution(), Optional.of(s.criteria()), OptionalDouble.of(s.objective()),
                s.converged(), s.iterations());
    }

    /**
     * The PLS-POS settings as used, for the JSON report (the library's record holds an
     * OptionalInt, which the report's JSON writer does not take; here the size applied).
     *
     * @param minSegments        the smallest K solved
     * @param maxSegments        the largest K solved
     * @param starts             random starts per K
     * @param maxIterations      hill-climbing passes per start at most
     * @param seed               the seed of the starts
     * @param threads            threads running the starts
     * @param minimumSegmentSize the fewest rows a segment kept (max(10, 2 + most predictors) unless set)
     * @param likelihood         the likelihood behind the retention criteria
     * @param pls                the PLS settings
     */
    record Used(int minSegments, int maxSegments, int starts, int maxIterations, long seed, int threads,
                int minimumSegmentSize, PosLikelihood likelihood, PlsSettings pls) {

        static Used of(PosResult r) {
            PosSettings s = r.settings();
            return new Used(s.minSegments(), s.maxSegments(), s.starts(), s.maxIterations(), s.seed(), s.threads(),
                    r.minimumSegmentSize(), s.likelihood(), s.pls());
        }
    }
}
