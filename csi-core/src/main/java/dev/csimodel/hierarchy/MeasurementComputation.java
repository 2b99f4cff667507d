package dev.csimodel.hierarchy;

import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Computes a {@link HigherOrderMeasurement} from the runs of a higher-order estimation. */
final class MeasurementComputation {

    private MeasurementComputation() {
    }

    /**
     * @param first      the run holding the dimensions' scores (stage 1, or the repeated-indicators run)
     * @param structural the run holding the higher-order construct (stage 2, or the same run)
     * @param twoStage   whether the dimensions are indicators of the structural run
     */
    static HigherOrderMeasurement compute(PathModel model, Construct hoc, PlsResult first, PlsResult structural,
                                          boolean twoStage) {
        List<String> dims = hoc.indicators();
        Map<String, Double> loadings = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String d : dims) {
            loadings.put(d, twoStage ? structural.loading(d) : first.constructCorrelation(d, hoc.name()));
            if (twoStage) {
                weights.put(d, structural.outerWeight(d));
            }
        }
        double[][] r = correlations(first, dims);
        boolean reflective = hoc.mode() == OuterMode.A;
        OptionalDouble rhoA = reflective && twoStage ? structural.quality().rhoA(hoc.name()) : OptionalDouble.empty();
        return new HigherOrderMeasurement(hoc.name(), hoc.mode(), dims, loadings, weights, vifs(dims, r),
                reflective ? OptionalDouble.of(alpha(r)) : OptionalDouble.empty(),
                reflective ? OptionalDouble.of(rhoC(loadings.values())) : OptionalDouble.empty(),
                reflective ? OptionalDouble.of(ave(loadings.values())) : OptionalDouble.empty(),
                rhoA, others(model, hoc, structural));
    }

    private static double[][] correlations(PlsResult first, List<String> dims) {
        int m = dims.size();
        double[][] r = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                r[i][j] = i == j ? 1 : first.constructCorrelation(dims.get(i), dims.get(j));
            }
        }
        return r;
    }

    /** Standardised Cronbach's alpha {@code m/(m−1)·(1 − m/ΣR)} (Cronbach 1951). */
    static double alpha(double[][] r) {
        int m = r.length;
        double sum = 0;
        for (double[] row : r) {
            for (double v : row) {
                sum += v;
            }
        }
        return m / (m - 1.0) * (1 - m / sum);
    }

    /** {@code ρC = (Σλ)²/((Σλ)² + Σ(1 − λ²))} (Jöreskog 1971). */
    static double rhoC(Iterable<Double> loadings) {
        double sum = 0;
        double err = 0;
        for (double l : loadings) {
            sum += l;
            err += 1 - l * l;
        }
        return sum * sum / (sum * sum + err);
    }

    /** {@code AVE = Σλ²/m} (Fornell and Larcker 1981). */
    static double ave(Collection<Double> loadings) {
        return loadings.stream().mapToDouble(l -> l * l).sum() / loadings.size();
    }

    /** VIF_d = (R⁻¹)_dd; none when R is singular. */
    private static Map<String, Double> vifs(List<String> dims, double[][] r) {
        int m = dims.size();
        DMatrixRMaj a = new DMatrixRMaj(r);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(m);
        Map<String, Double> out = new LinkedHashMap<>();
        if (!solver.setA(a)) {
            return out;
        }
        DMatrixRMaj inverse = new DMatrixRMaj(m, m);
        solver.invert(inverse);
        for (int i = 0; i < m; i++) {
            out.put(dims.get(i), inverse.get(i, i));
        }
        return out;
    }

    private static Map<String, Double> others(PathModel model, Construct hoc, PlsResult structural) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String c : structural.model().constructNames()) {
            boolean own = c.equals(hoc.name()) || hoc.indicators().contains(c);
            if (!own && model.higherOrderOf(c).isEmpty()) {
                out.put(c, structural.constructCorrelation(hoc.name(), c));
            }
        }
        return out;
    }
}
