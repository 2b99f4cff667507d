package dev.csimodel.hierarchy;

import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

/** The bank model with perceived quality and value as one higher-order construct QV (seminr's HOC reference). */
final class HocModels {

    static final String LOWER = """
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            """;
    static final String PATHS = """
            EXPE ~ IMAG
            QV   ~ EXPE
            SAT  ~ IMAG + EXPE + QV
            LOY  ~ IMAG + SAT
            """;

    private HocModels() {
    }

    /** QV =~ QUAL + VAL (Mode A), seminr's {@code higher_composite(..., weights = mode_A)}. */
    static PathModel qv() {
        return ModelSyntax.parse(LOWER + "QV =~ QUAL + VAL\n" + PATHS);
    }

    /** The same with a Mode B higher-order construct. */
    static PathModel qvModeB() {
        return ModelSyntax.parse(LOWER + "QV <~ QUAL + VAL\n" + PATHS);
    }
}
