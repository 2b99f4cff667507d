package dev.csimodel.moderation;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator columns of an interaction construct: products of standardised columns, and
 * their residuals from an OLS regression. Standardising uses the n − 1 standard deviation, as R's
 * {@code scale()} in seminr does (the scale factor of {@link ModerationResult} depends on it).
 */
final class ProductItems {

    private ProductItems() {
    }

    /** @return {@code (x − mean) / sd}, sd with divisor n − 1 */
    static double[] standardised(double[] x, String name) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double sd = sampleSd(x);
        if (!(sd > 0)) {
            throw new CsiDataException("column '" + name + "' is constant: its product with another cannot be formed");
        }
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - mean) / sd;
        }
        return z;
    }

    /** @return the standard deviation with divisor n − 1 */
    static double sampleSd(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /**
     * @param quadratic true when {@code a} and {@code b} are the same block: each unordered pair once
     * @return the products {@code a_i·b_j} of the standardised columns, named {@code a_i:b_j},
     *         in the order a_1·b_1, a_1·b_2, ...
     */
    static Map<String, double[]> products(DataTable data, List<String> a, List<String> b, boolean quadratic) {
        List<double[]> zb = new ArrayList<>();
        b.forEach(name -> zb.add(standardised(data.column(name), name)));
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < a.size(); i++) {
            double[] x = standardised(data.column(a.get(i)), a.get(i));
            for (int j = quadratic ? i : 0; j < b.size(); j++) {
                out.put(a.get(i) + ":" + b.get(j), multiply(x, zb.get(j)));
            }
        }
        return out;
    }

    static double[] multiply(double[] x, double[] y) {
        double[] p = new double[x.length];
        for (int r = 0; r < p.length; r++) {
            p[r] = x[r] * y[r];
        }
        return p;
    }

    /**
     * Replaces each column by its residual from the OLS regression, with intercept, on
     * {@code regressors} (Little, Bovaird and Widaman 2006), solved by QR once for all columns.
     *
     * @throws CsiEstimationException if the regressors are collinear
     */
    static Map<String, double[]> residuals(Map<String, double[]> columns, DataTable data, List<String> regressors) {
        int n = data.rowCount();
        int k = regressors.size() + 1;
        DMatrixRMaj x = new DMatrixRMaj(n, k);
        for (int r = 0; r < n; r++) {
            x.unsafe_set(r, 0, 1.0);
        }
        for (int c = 1; c < k; c++) {
            double[] col = data.column(regressors.get(c - 1));
            for (int r = 0; r < n; r++) {
                x.unsafe_set(r, c, col[r]);
            }
        }
        List<String> names = new ArrayList<>(columns.keySet());
        DMatrixRMaj y = new DMatrixRMaj(n, names.size());
        for (int c = 0; c < names.size(); c++) {
            double[] col = columns.get(names.get(c));
            for (int r = 0; r < n; r++) {
                y.unsafe_set(r, c, col[r]);
            }
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(n, k);
        if (!solver.setA(x.copy())) {
            throw new CsiEstimationException("cannot orthogonalise the products: the indicators " + regressors
                    + " are collinear");
        }
        DMatrixRMaj beta = new DMatrixRMaj(k, names.size());
        solver.solve(y, beta);
        DMatrixRMaj fitted = new DMatrixRMaj(n, names.size());
        CommonOps_DDRM.mult(x, beta, fitted);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            double[] e = new double[n];
            for (int r = 0; r < n; r++) {
                e[r] = y.unsafe_get(r, c) - fitted.unsafe_get(r, c);
            }
            out.put(names.get(c), e);
        }
        return out;
    }
}
