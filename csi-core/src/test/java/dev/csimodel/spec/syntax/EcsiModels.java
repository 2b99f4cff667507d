package dev.csimodel.spec.syntax;

import dev.csimodel.spec.PathModel;

/**
 * The ECSI core model of the bank survey (/work/shared/data/satisfaction, as in R plspm), as
 * model syntax and built with the fluent builder ({@code =~} declares Mode A common factors).
 */
final class EcsiModels {

    static final String ECSI_TEXT = """
            IMAG =~ imag1 + imag2 + imag3 + imag4 + imag5
            EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5
            QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5
            VAL =~ val1 + val2 + val3 + val4
            SAT =~ sat1 + sat2 + sat3 + sat4
            LOY =~ loy1 + loy2 + loy3 + loy4
            EXPE ~ IMAG
            QUAL ~ EXPE
            VAL ~ EXPE + QUAL
            SAT ~ IMAG + EXPE + QUAL + VAL
            LOY ~ IMAG + SAT
            """;

    private EcsiModels() {
    }

    static PathModel ecsiBuilt() {
        return PathModel.builder()
                .construct("IMAG").modeA("imag1", "imag2", "imag3", "imag4", "imag5").commonFactor()
                .construct("EXPE").modeA("expe1", "expe2", "expe3", "expe4", "expe5").commonFactor()
                .construct("QUAL").modeA("qual1", "qual2", "qual3", "qual4", "qual5").commonFactor()
                .construct("VAL").modeA("val1", "val2", "val3", "val4").commonFactor()
                .construct("SAT").modeA("sat1", "sat2", "sat3", "sat4").commonFactor()
                .construct("LOY").modeA("loy1", "loy2", "loy3", "loy4").commonFactor()
                .path("IMAG", "EXPE")
                .path("EXPE", "QUAL")
                .path("EXPE", "VAL").path("QUAL", "VAL")
                .path("IMAG", "SAT").path("EXPE", "SAT").path("QUAL", "SAT").path("VAL", "SAT")
                .path("IMAG", "LOY").path("SAT", "LOY")
                .build();
    }
}
