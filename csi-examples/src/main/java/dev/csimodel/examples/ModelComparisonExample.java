package dev.csimodel.examples;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A researcher's comparison of SCSB-, ACSI- and ECSI-style structures on the same bank data:
 * the three national models differ in which antecedents of satisfaction they keep, so their
 * R²(SAT), R²(LOY), GoF and information criteria can be set side by side.
 */
public final class ModelComparisonExample {

    static final String BLOCKS = """
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            """;

    /** SCSB: expectations and value drive satisfaction (no quality, no image). */
    static final String SCSB = """
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            VAL ~ EXPE
            SAT ~ EXPE + VAL
            LOY ~ SAT
            """;

    /** ACSI: adds perceived quality. */
    static final String ACSI = """
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            QUAL ~ EXPE
            VAL ~ EXPE + QUAL
            SAT ~ EXPE + QUAL + VAL
            LOY ~ SAT
            """;

    /** ECSI: adds corporate image. */
    static final String ECSI = BLOCKS + """
            EXPE ~ IMAG
            QUAL ~ EXPE
            VAL ~ EXPE + QUAL
            SAT ~ IMAG + EXPE + QUAL + VAL
            LOY ~ IMAG + SAT
            """;

    private ModelComparisonExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static Map<String, PlsResult> run(PrintStream out) {
        DataTable data = BundledData.bankSatisfaction();
        Map<String, PlsResult> fits = new LinkedHashMap<>();
        fits.put("SCSB-style", fit(SCSB, data));
        fits.put("ACSI-style", fit(ACSI, data));
        fits.put("ECSI", fit(ECSI, data));
        out.printf("%-12s %8s %8s %8s %10s %10s%n", "model", "R2(SAT)", "R2(LOY)", "GoF", "AIC(SAT)", "BIC(SAT)");
        fits.forEach((name, r) -> out.printf("%-12s %8.3f %8.3f %8.3f %10.2f %10.2f%n", name,
                r.rSquared("SAT").orElseThrow(), r.rSquared("LOY").orElseThrow(), r.quality().gof().orElseThrow(),
                r.quality().aic("SAT"), r.quality().bic("SAT")));
        return fits;
    }

    private static PlsResult fit(String syntax, DataTable data) {
        PathModel model = ModelSyntax.parse(syntax);
        return PlsEstimator.withDefaults().estimate(model, data);
    }
}
