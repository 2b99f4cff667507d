package dev.csimodel.bench;

import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

/** The ECSI bank model of the reference data, in model syntax. */
final class BankModel {

    static final String SYNTAX = """
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL  =~ val1 + val2 + val3 + val4
            SAT  =~ sat1 + sat2 + sat3 + sat4
            LOY  =~ loy1 + loy2 + loy3 + loy4
            EXPE ~ IMAG
            QUAL ~ EXPE
            VAL  ~ EXPE + QUAL
            SAT  ~ IMAG + EXPE + QUAL + VAL
            LOY  ~ IMAG + SAT
            """;

    private BankModel() {
    }

    static PathModel ecsi() {
        return ModelSyntax.parse(SYNTAX);
    }
}
