package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.spec.PathModel;

import java.util.Arrays;

/**
 * {@code csi estimate --ordinal [IND,...]}: ordinal PLS (or PLSc with {@code --consistent}) on
 * the polychoric/polyserial correlations of the whole file. The weights apply to latent
 * responses, so there are no scores, 0-100 indices or importance-performance map; options that
 * need them, or the rows, are refused by name rather than ignored. The fit is the study's
 * ({@link dev.csimodel.analysis.study.Study.Builder#ordinal}) and its report
 * {@link dev.csimodel.report.StudyReport}'s.
 */
final class OrdinalRun {

    /** The {@code --ordinal} value meaning "every indicator" (the option given without a list). */
    static final String ALL = "*";

    private final OrdinalSettings settings;

    /**
     * @param value     the {@code --ordinal} value: {@link #ALL} or a comma-separated list of indicators
     * @param smoothing {@code --ordinal-smoothing}
     */
    OrdinalRun(String value, boolean smoothing) {
        OrdinalSettings base = OrdinalSettings.allIndicators().withSmoothing(smoothing);
        this.settings = ALL.equals(value) ? base : base.withOrdinal(names(value));
    }

    private static String[] names(String value) {
        String[] names = Arrays.stream(value.split(",")).map(String::trim).toArray(String[]::new);
        if (Arrays.stream(names).anyMatch(String::isEmpty)) {
            throw new CsiSpecificationException("--ordinal expects indicator names separated by commas, got '"
                    + value + "'");
        }
        return names;
    }

    /**
     * @throws CsiSpecificationException naming the first option ordinal PLS does not support
     */
    static void requireSupported(EstimationRun run, PathModel model) {
        refuse(run.streaming, "--streaming", "the polychoric correlations need the rows' contingency tables");
        refuse(run.bootstrap.requested(), "--bootstrap", "resampling ordinal correlations is not supported yet");
        refuse(run.groups.group != null, "--group", "segments would each need their own polychoric matrix");
        refuse(run.data.handling().weightColumn() != null, "--weights", "polychoric correlations are unweighted");
        refuse(run.output.scale != null, "--scale", OrdinalResult.NO_SCORES);
        refuse(run.target != null, "--target", OrdinalResult.NO_SCORES);
        refuse(run.data.handling().missing() != MissingStrategy.REJECT, "--missing-strategy",
                "polychoric correlations need complete rows");
        refuse(run.estimator == Estimator.GSCA, "--estimator gsca", "ordinal indicators are a PLS option");
        if (!model.higherOrderConstructs().isEmpty() || model.hasInteractions()) {
            throw new CsiSpecificationException("--ordinal supports neither higher-order constructs nor interaction "
                    + "terms: both need construct scores, which ordinal indicators do not give");
        }
    }

    private static void refuse(boolean given, String option, String why) {
        if (given) {
            throw new CsiSpecificationException(option + " cannot be combined with --ordinal: " + why);
        }
    }

    /** @return the ordinal indicators and smoothing these options give, for the study */
    OrdinalSettings settings() {
        return settings;
    }
}
