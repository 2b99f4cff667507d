package dev.csimodel.spec.syntax;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.csimodel.spec.syntax.EcsiModels.ECSI_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSyntaxFormatTest {

    @Test
    void ecsiIsWrittenAsBlocksThenOnePathStatementPerEndogenousConstruct() {
        String expected = """
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
        assertEquals(expected, ModelSyntax.format(EcsiModels.ecsiBuilt()));
    }

    @Test
    void modeBAndMeasurementOnlyModel() {
        PathModel m = PathModel.builder().construct("IMAG").modeB("i1", "i2").build();
        assertEquals("IMAG <~ i1 + i2\n", ModelSyntax.format(m));
    }

    @Test
    void pathsNotGroupedByTargetKeepTheirOrder() {
        PathModel m = PathModel.builder()
                .construct("A").modeA("a").construct("B").modeA("b").construct("C").modeA("c")
                .path("A", "C").path("A", "B").path("B", "C")
                .build();
        // modeA() declares a Mode A composite: '<~' with the mode that differs from its default
        assertEquals("A <~ [A] a\nB <~ [A] b\nC <~ [A] c\n\nC ~ A\nB ~ A\nC ~ B\n", ModelSyntax.format(m));
    }

    static List<PathModel> models() {
        return List.of(
                EcsiModels.ecsiBuilt(),
                ModelSyntax.parse(ECSI_TEXT.replace("=~", "<~")),
                PathModel.builder()
                        .construct("顾客满意度").modeA("满意1", "满意2", "满意3")
                        .construct("顾客忠诚度").modeB("忠诚1", "忠诚2")
                        .construct("品牌形象").modeA("形象1")
                        .path("品牌形象", "顾客满意度").path("顾客满意度", "顾客忠诚度").path("品牌形象", "顾客忠诚度")
                        .build(),
                PathModel.builder()
                        .construct("संतुष्टि").modeA("प्रश्न१", "प्रश्न२")
                        .construct("Лояльность").modeA("лоя.1", "лоя_2")
                        .construct("Ικανοποίηση").modeB("ικ1")
                        .path("Ικανοποίηση", "संतुष्टि").path("संतुष्टि", "Лояльность")
                        .build(),
                PathModel.builder()
                        .construct("A").modeA("a").construct("B").modeA("b").construct("C").modeA("c")
                        .path("A", "C").path("A", "B").path("B", "C")
                        .build(),
                PathModel.builder().construct(".x").modeA("_1", "y.2.").build());
    }

    @ParameterizedTest
    @MethodSource("models")
    void formatThenParseGivesAnEqualModel(PathModel model) {
        assertEquals(model, ModelSyntax.parse(ModelSyntax.format(model)));
    }

    @Test
    void commonFactorIsWrittenWithTheFactorOperator() {
        PathModel m = PathModel.builder().construct("SAT").modeA("s1", "s2").commonFactor().build();
        assertEquals("SAT =~ s1 + s2\n", ModelSyntax.format(m));
    }

    @Test
    void namesThatAreNotSyntaxNamesAreRejectedAndNamed() {
        for (String bad : List.of("Customer satisfaction", "1st", "q-1", "a*b", ".5x", "x#")) {
            PathModel asConstruct = PathModel.builder().construct(bad).modeA("ok").build();
            PathModel asIndicator = PathModel.builder().construct("OK").modeA(bad).build();
            CsiSpecificationException c = assertThrows(CsiSpecificationException.class,
                    () -> ModelSyntax.format(asConstruct));
            CsiSpecificationException i = assertThrows(CsiSpecificationException.class,
                    () -> ModelSyntax.format(asIndicator));
            assertTrue(c.getMessage().contains("construct '" + bad + "'"), c.getMessage());
            assertTrue(i.getMessage().contains("indicator '" + bad + "' of construct 'OK'"), i.getMessage());
        }
    }
}
