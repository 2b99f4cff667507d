package dev.csimodel.predict;

/**
 * Stone-Geisser Q² of one endogenous construct from blindfolding (Stone 1974; Geisser 1974;
 * Tenenhaus et al. 2005, section 3.4), in the indicators' full-sample standardised units.
 *
 * <p>{@code SSO = Σ_j Σ_i ((x_ij − x̄_j)/s_j)²} over all cells of the construct's block (with
 * population SDs this is n × block size); {@code SSE} sums the squared standardised prediction
 * errors of every cell over the D omission rounds, each cell being omitted exactly once.
 *
 * @param construct      the endogenous construct
 * @param sso            sum of squared observations
 * @param sseRedundancy  SSE of the cross-validated redundancy predictions
 * @param sseCommunality SSE of the cross-validated communality predictions
 */
public record ConstructQ2(String construct, double sso, double sseRedundancy, double sseCommunality) {

    /**
     * @return the cross-validated redundancy {@code Q² = 1 − SSE/SSO}: the omitted cells are
     *         predicted from the construct's structural prediction; Q² > 0 means the model has
     *         predictive relevance for the construct (Hair et al., Primer, chapter 6)
     */
    public double q2Redundancy() {
        return 1 - sseRedundancy / sso;
    }

    /**
     * @return the cross-validated communality {@code H² = 1 − SSE/SSO}: the omitted cells are
     *         predicted from the construct's own score, a measure of the block's quality
     */
    public double q2Communality() {
        return 1 - sseCommunality / sso;
    }
}
