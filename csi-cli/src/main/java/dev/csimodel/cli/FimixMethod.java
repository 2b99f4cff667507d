package dev.csimodel.cli;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.segmentation.fimix.FimixEstimator;
import dev.csimodel.segmentation.fimix.FimixResult;
import dev.csimodel.segmentation.fimix.FimixSettings;
import dev.csimodel.segmentation.fimix.FimixSolution;
import dev.csimodel.spec.PathModel;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code --method fimix}: FIMIX-PLS; K suggested by CAIC with AIC3 beside it (Sarstedt et al. 2011 read the
 * two together). CAIC leads because FIMIX treats the outcomes' residuals as independent while the drivers'
 * measurement error correlates them, and AIC3's lighter penalty then lets an extra segment absorb that
 * correlation: on the recovery test bed (FimixRecoveryTest) AIC3 split one-segment data in every seed, CAIC
 * in none.
 */
final class FimixMethod implements SegmentationMethod {

    @Override
    public void check(Request request) {
        RangeOptions.check(request);
    }

    @Override
    public Outcome run(PathModel model, DataTable rows, Request request) {
        FimixSettings settings = FimixSettings.defaults().withMaxSegments(request.maxSegments())
                .withStarts(request.starts()).withSeed(request.seed()).withThreads(request.threads());
        FimixResult r = new FimixEstimator(settings, new PlsEstimator(request.pls())).estimate(model, rows);
        return new Outcome(r.solutions().stream().map(FimixMethod::candidate).toList(),
                Optional.of(new Suggestion(r.suggestedByCaic(), "CAIC")),
                Optional.of(new Suggestion(r.suggestedByAic3(), "AIC3")), settings, Optional.empty(), r.warnings());
    }

    private static Candidate candidate(FimixSolution s) {
        return new Candidate(s.solution(), Optional.of(s.criteria()), OptionalDouble.empty(), s.converged(),
                s.iterations());
    }
}
