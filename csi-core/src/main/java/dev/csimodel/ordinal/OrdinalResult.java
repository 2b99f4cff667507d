package dev.csimodel.ordinal;

import dev.csimodel.Arguments;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.Diagnostic;
import dev.csimodel.result.PlsResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ordinal PLS (or PLSc) estimate: the PLS result computed on the indicator correlations, the
 * correlations themselves (kinds, thresholds, smoothing) and the settings used.
 *
 * @param pls          the PLS estimate on the correlation matrix: weights, loadings, paths, R²,
 *                     quality criteria, fit, convergence; it was estimated from moments without
 *                     means, so its {@code scores()} throws and indices cannot be built on it
 *                     ({@code CsiIndex.of} throws naming the indicator). Its paths' standard
 *                     errors are the OLS formulas, which treat the construct correlations as
 *                     Pearson correlations of n observed scores: too small for polychoric
 *                     correlations, so reports should not show them (the CLI withholds them)
 * @param correlations the polychoric/polyserial/Pearson correlations it used
 * @param settings     which indicators were ordinal
 */
public record OrdinalResult(PlsResult pls, IndicatorCorrelations correlations, OrdinalSettings settings) {

    /** Why there are no construct scores (and so no 0-100 indices), as reports say it. */
    public static final String NO_SCORES = "no construct scores with ordinal indicators: the weights apply to "
            + "latent responses, which are not observed (cSEM computes X·W on the category codes but its issue "
            + "#240 calls that improper); 0-100 indices and the importance-performance map need scores and "
            + "means, so they are not computed (as cSEM's doIPMA, which requires Pearson correlations)";

    /**
     * Checks the components.
     * @param pls the PLS estimate on the correlation matrix
     * @param correlations the correlations it used
     * @param settings which indicators were ordinal
     */
    public OrdinalResult {
        Arguments.requireNonNull(pls, "pls");
        Arguments.requireNonNull(correlations, "correlations");
        Arguments.requireNonNull(settings, "settings");
    }

    /**
     * Construct scores of an ordinal estimate: always empty ({@link #NO_SCORES}). Schuberth,
     * Henseler and Dijkstra (2018) estimate the model from the correlations of the latent
     * responses; the weights do not apply to the observed category codes.
     *
     * @return empty
     */
    public Optional<ConstructScores> scores() {
        return Optional.empty();
    }

    /** @return the diagnostics of the correlations (bounds, smoothing) followed by those of the PLS estimate */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>(correlations.diagnostics());
        out.addAll(pls.diagnostics());
        return List.copyOf(out);
    }
}
