package dev.csimodel.models.nca;

import dev.csimodel.CsiDataException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CE-FDH ceiling: the step function {@code c(x) = max{y_i : x_i ≤ x}} through the upper-left
 * peers (Dul 2016, section "Ceiling envelopment"). Left of the first peer no case is observed,
 * so the ceiling there is the scope's lowest outcome (as in the NCA R package, which then counts
 * the strip left of the data as ceiling zone under a theoretical scope). Immutable.
 */
public final class StepCeiling implements Ceiling {

    /** Tolerance of the outcome comparison of the bottleneck, as the NCA package's {@code epsilon}. */
    static final double EPSILON = 1e-10;

    private final double[] px;
    private final double[] py;

    private StepCeiling(double[] px, double[] py) {
        this.px = px;
        this.py = py;
    }

    /**
     * @param peers {@code {px, py}} as {@link SortedCases#peers}; duplicates are dropped (a
     *              repeated corner adds nothing to the step function)
     */
    static StepCeiling of(double[][] peers) {
        double[] x = peers[0];
        double[] y = peers[1];
        if (x.length == 0) {
            throw new CsiDataException("no cases: the CE-FDH ceiling is undefined");
        }
        int count = 0;
        double[] ux = new double[x.length];
        double[] uy = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            if (count == 0 || x[k] != ux[count - 1] || y[k] != uy[count - 1]) {
                ux[count] = x[k];
                uy[count++] = y[k];
            }
        }
        return new StepCeiling(Arrays.copyOf(ux, count), Arrays.copyOf(uy, count));
    }

    @Override
    public CeilingMethod method() {
        return CeilingMethod.CE_FDH;
    }

    /** @return the distinct corner points, ascending in x and in y */
    public List<Peer> peers() {
        List<Peer> out = new ArrayList<>(px.length);
        for (int k = 0; k < px.length; k++) {
            out.add(new Peer(px[k], py[k]));
        }
        return List.copyOf(out);
    }

    /** @return the highest y among peers with {@code x_peer ≤ x}; {@code -∞} left of the first peer */
    @Override
    public double value(double x) {
        double c = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < px.length && px[k] <= x; k++) {
            c = py[k];
        }
        return c;
    }

    /** @return the x of the first peer with {@code y_peer ≥ y − 1e-10}; {@code +∞} if none */
    @Override
    public double requiredX(double y) {
        for (int k = 0; k < px.length; k++) {
            if (py[k] > y - EPSILON) {
                return px[k];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * @return the full-height strip left of the first peer plus, per step, its width times the
     *         height above it: {@code (p_1 − xLow)(yHigh − yLow) + Σ_k (p_{k+1} − p_k)(yHigh − y_k)}
     *         with {@code p_{m+1} = xHigh}
     */
    @Override
    public double zone(NcaScope scope) {
        double zone = (px[0] - scope.xLow()) * (scope.yHigh() - scope.yLow());
        for (int k = 0; k < px.length; k++) {
            double right = k + 1 < px.length ? px[k + 1] : scope.xHigh();
            zone += (right - px[k]) * (scope.yHigh() - py[k]);
        }
        return zone;
    }
}
