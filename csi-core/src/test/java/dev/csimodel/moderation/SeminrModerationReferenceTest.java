package dev.csimodel.moderation;

import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.reference.ReferenceTable;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bank model with IMAG:VAL -> SAT against seminr 2.3.4 ({@code seminr_sat_mod_<method>_*}, see
 * resources ORIGIN.md), for the three methods: paths and R² (seminr's rescaled interaction path
 * and the standardised one), all outer weights and loadings (seminr's rescaled ones for the
 * interaction items) and the scale factor. seminr stops at Σ|Δw| < 1e-7, we at plspm's criterion:
 * the estimates differ in the eighth digit.
 */
class SeminrModerationReferenceTest {

    /** Paths, R², weights, loadings, scale factor: 1e-6 as for every R reference. */
    static final double TOL = 1e-6;

    static final String MODEL = """
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            EXPE ~ IMAG
            QUAL ~ EXPE
            VAL  ~ EXPE + QUAL
            SAT  ~ IMAG + EXPE + QUAL + VAL + IMAG:VAL
            LOY  ~ IMAG + SAT
            """;

    private static final Map<InteractionMethod, ModerationResult> FITS = new HashMap<>();

    static synchronized ModerationResult fit(InteractionMethod method) {
        return FITS.computeIfAbsent(method, m -> new ModerationEstimator(PlsEstimator.withDefaults(),
                ModerationSettings.defaults().withMethod(m)).estimate(ModelSyntax.parse(MODEL), BankData.table()));
    }

    static ReferenceTable ref(InteractionMethod method, String what) {
        return ReferenceTable.load("/satisfaction/reference/seminr/seminr_sat_mod_"
                + method.name().toLowerCase(Locale.ROOT) + "_" + what + ".csv");
    }

    /** seminr's names to ours: IMAG*VAL to IMAG:VAL, imag1*val1 to imag1:val1. */
    static String ours(String seminr) {
        return seminr.replace('*', ':');
    }

    @ParameterizedTest
    @EnumSource(InteractionMethod.class)
    void pathsAndRSquared(InteractionMethod method) {
        ModerationResult r = fit(method);
        ReferenceTable t = ref(method, "paths");
        PathModel m = r.fit().model();
        for (String to : t.header().subList(1, t.header().size())) {
            assertEquals(t.number("R^2", to), r.rSquared(to).orElseThrow(), TOL, "R2 " + to);
            assertEquals(t.number("AdjR^2", to), r.fit().adjustedRSquared(to).orElseThrow(), TOL, "adj R2 " + to);
            for (int row = 2; row < t.rowCount(); row++) {
                String from = ours(t.cell(row, 0));
                String cell = t.cell(row, t.header().indexOf(to));
                assertEquals(!cell.equals("NA"), m.hasPath(from, to), from + " -> " + to);
                if (cell.equals("NA")) {
                    continue;
                }
                double value = from.equals("IMAG:VAL") ? r.interactionEffect(from, to).seminrCoefficient()
                        : r.pathCoefficient(from, to);
                assertEquals(Double.parseDouble(cell), value, TOL, method + " " + from + " -> " + to);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(InteractionMethod.class)
    void interactionScaleAndStandardisedCoefficient(InteractionMethod method) {
        ModerationResult r = fit(method);
        ReferenceTable t = ref(method, "interaction_scale");
        InteractionEffect e = r.interactionEffect("IMAG:VAL", "SAT");
        assertEquals(t.number("IMAG*VAL", "scale_factor"), e.scaleFactor(), TOL);
        assertEquals(t.number("IMAG*VAL", "scale_factor"), r.scaleFactor("VAL:IMAG"), TOL);
        assertEquals(t.number("IMAG*VAL", "seminr_path"), e.seminrCoefficient(), TOL);
        assertEquals(t.number("IMAG*VAL", "standardized_path"), e.coefficient(), TOL);
        assertEquals(e.coefficient(), r.pathCoefficient("IMAG:VAL", "SAT"), 0.0);
    }

    @ParameterizedTest
    @EnumSource(InteractionMethod.class)
    void weightsAndLoadings(InteractionMethod method) {
        ModerationResult r = fit(method);
        ReferenceTable w = ref(method, "weights");
        ReferenceTable l = ref(method, "loadings");
        assertEquals(w.rowCount(), r.fit().model().indicators().size());
        for (int row = 0; row < w.rowCount(); row++) {
            String item = w.cell(row, 0);
            String construct = ours(r.fit().model().constructs().stream()
                    .filter(c -> c.indicators().contains(ours(item))).findFirst().orElseThrow().name());
            String column = construct.replace(':', '*');
            assertEquals(w.number(item, column), r.outerWeight(ours(item)), TOL, method + " weight " + item);
            assertEquals(l.number(item, column), r.seminrLoading(ours(item)), TOL, method + " loading " + item);
        }
    }
}
