package dev.csimodel.examples;

import dev.csimodel.data.DataTable;
import dev.csimodel.hierarchy.HigherOrderEstimator;
import dev.csimodel.hierarchy.HigherOrderMeasurement;
import dev.csimodel.hierarchy.HigherOrderMethod;
import dev.csimodel.hierarchy.HigherOrderResult;
import dev.csimodel.hierarchy.HigherOrderSettings;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * A higher-order analysis on the bank survey: perceived quality and perceived value as the two
 * dimensions of one "quality-value" construct QV, which expectations drive and which drives
 * satisfaction. Estimated by the three approaches; for the default (disjoint two-stage) the
 * evaluation on both levels that Sarstedt et al. (2019) prescribe: the dimensions' reliability
 * and discriminant validity in stage 1, then QV's on its dimensions.
 */
public final class HigherOrderExample {

    static final String MODEL = """
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            QV   =~ QUAL + VAL          # higher-order: its indicators are constructs
            EXPE ~ IMAG
            QV   ~ EXPE
            SAT  ~ IMAG + EXPE + QV
            LOY  ~ IMAG + SAT
            """;

    private HigherOrderExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static Map<HigherOrderMethod, HigherOrderResult> run(PrintStream out) {
        PathModel model = ModelSyntax.parse(MODEL);
        DataTable data = BundledData.bankSatisfaction();
        Map<HigherOrderMethod, HigherOrderResult> fits = new EnumMap<>(HigherOrderMethod.class);
        out.printf("%-22s %8s %8s %8s%n", "method", "EXPE->QV", "QV->SAT", "R2(SAT)");
        for (HigherOrderMethod method : HigherOrderMethod.values()) {
            HigherOrderResult r = new HigherOrderEstimator(HigherOrderSettings.defaults().withMethod(method))
                    .estimate(model, data);
            fits.put(method, r);
            out.printf("%-22s %8.3f %8.3f %8.3f%n", method, r.pathCoefficient("EXPE", "QV"),
                    r.pathCoefficient("QV", "SAT"), r.rSquared("SAT").orElseThrow());
        }
        HigherOrderResult disjoint = fits.get(HigherOrderMethod.DISJOINT_TWO_STAGE);
        out.println("lower level (stage 1):");
        for (String dim : model.construct("QV").indicators()) {
            out.printf("  %-4s rhoC %.3f  AVE %.3f%n", dim, disjoint.lowerOrderQuality().compositeReliability(dim).orElseThrow(),
                    disjoint.lowerOrderQuality().ave(dim).orElseThrow());
        }
        out.printf("  HTMT(QUAL, VAL) %.3f%n", disjoint.lowerOrderQuality().htmt("QUAL", "VAL").orElseThrow());
        HigherOrderMeasurement qv = disjoint.measurement("QV");
        out.println("higher level (QV on its dimensions):");
        qv.dimensions().forEach(d -> out.printf("  %-4s loading %.3f  weight %.3f%n", d, qv.loading(d), qv.weight(d).orElseThrow()));
        out.printf("  rhoC %.3f  AVE %.3f  Fornell-Larcker %s  HTMT(QV, SAT) %.3f%n", qv.rhoC().orElseThrow(),
                qv.ave().orElseThrow(), qv.fornellLarckerHolds().orElseThrow() ? "holds" : "fails",
                disjoint.higherOrderQuality().htmt("QV", "SAT").orElseThrow());
        return fits;
    }
}
