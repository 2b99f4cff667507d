package dev.csimodel.report;

import dev.csimodel.models.ahp.AhpConsistency;
import dev.csimodel.models.ahp.AhpResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code csi ahp}: the priority weights of the criteria (principal eigenvector,
 * Saaty 1980), λmax, the consistency index CI = (λmax − n) / (n − 1), the random index RI and the
 * consistency ratio CR = CI / RI (judgments acceptable when CR &lt; 0.10; CR is null for n ≤ 2,
 * where RI = 0 and every matrix is consistent).
 *
 * @param kind       always {@code "ahp"}
 * @param matrix     the judgments file
 * @param weights    the criteria and their weights, in file order
 * @param lambdaMax  the principal eigenvalue
 * @param ci         the consistency index
 * @param ri         the random index for n criteria
 * @param cr         the consistency ratio, null when RI = 0
 * @param consistent whether CR &lt; 0.10
 */
public record AhpTable(String kind, String matrix, List<Weight> weights, double lambdaMax, double ci, double ri,
                       Double cr, boolean consistent) implements TextOrJsonReport {

    /** One criterion's weight. */
    public record Weight(String criterion, double weight) {
    }

    /**
     * @param matrix the judgment file's name, as shown in the report
     * @param result the AHP weights and consistency
     * @return the report of {@code result}
     */
    public static AhpTable of(String matrix, AhpResult result) {
        List<Weight> weights = new ArrayList<>();
        for (int i = 0; i < result.criteria().size(); i++) {
            weights.add(new Weight(result.criteria().get(i), result.weights().get(i)));
        }
        AhpConsistency c = result.consistency();
        return new AhpTable("ahp", matrix, weights, c.lambdaMax(), c.ci(), c.ri(), c.ri() > 0 ? c.cr() : null,
                c.consistent());
    }

    @Override
    public String command() {
        return "csi ahp";
    }

    @Override
    public String text() {
        ReportTable t = new ReportTable(1, "criterion", "weight");
        weights.forEach(w -> t.row(w.criterion(), String.format(Locale.ROOT, "%.4f", w.weight())));
        return "AHP priorities of " + matrix + " (Saaty 1980)\n" + t.render()
                + String.format(Locale.ROOT, "  lambda max %.4f, CI %.4f, RI %.2f, CR %s: %s%n", lambdaMax, ci, ri,
                cr == null ? ReportTables.NA : String.format(Locale.ROOT, "%.4f", cr),
                consistent ? "consistent (CR < 0.10)" : "NOT consistent (CR >= 0.10): revise the judgments");
    }
}
