package dev.csimodel.spec.syntax;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import static dev.csimodel.spec.syntax.EcsiModels.ECSI_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSyntaxTest {

    @Test
    void ecsiTextEqualsTheBuilderModel() {
        assertEquals(EcsiModels.ecsiBuilt(), ModelSyntax.parse(ECSI_TEXT));
    }

    @Test
    void ecsiFromReaderEqualsTheBuilderModel() {
        assertEquals(EcsiModels.ecsiBuilt(), ModelSyntax.parse(new StringReader(ECSI_TEXT)));
    }

    @Test
    void commentsSemicolonsBlankLinesAndContinuation() {
        String text = """
                # ECSI bank model, written untidily on purpose
                ! lavaan also takes '!' comments

                IMAG =~ imag1 + imag2 +   # continues
                        imag3 + imag4 +
                        # a comment line inside the continuation
                        imag5
                EXPE =~ expe1 + expe2 + expe3 + expe4 + expe5 ; QUAL =~ qual1 + qual2 + qual3 + qual4 + qual5;
                VAL=~val1+val2+val3+val4;;SAT =~ sat1 + sat2 + sat3 + sat4
                \tLOY =~ loy1 + loy2 + loy3 + loy4   ;
                EXPE ~ IMAG; QUAL ~ EXPE
                VAL ~ EXPE +
                      QUAL
                SAT ~ IMAG + EXPE + QUAL + VAL ; LOY ~ IMAG + SAT # last""";
        assertEquals(EcsiModels.ecsiBuilt(), ModelSyntax.parse(text));
    }

    @Test
    void javadocExampleParses() {
        PathModel m = ModelSyntax.parse("""
                # ECSI, bank sector (abridged)
                IMAG =~ imag1 + imag2 + imag3      # common factor IMAG, Mode A
                VAL  <~ val1 + val2                # composite VAL, Mode B
                EXPE <~ [A] expe1 + expe2          # composite EXPE, Mode A
                QUAL <~ [unit] qual1 + qual2       # composite QUAL, unit weights
                SAT  =~ sat1 +                     # a line ending in '+'
                        sat2 + sat3                # goes on on the next line
                VAL ~ IMAG; SAT ~ IMAG + VAL       # paths IMAG -> VAL; IMAG, VAL -> SAT
                QUAL ~ EXPE; SAT ~ QUAL            # paths EXPE -> QUAL; QUAL -> SAT
                """);
        PathModel expected = PathModel.builder()
                .construct("IMAG").modeA("imag1", "imag2", "imag3").commonFactor()
                .construct("VAL").modeB("val1", "val2")
                .construct("EXPE").modeA("expe1", "expe2")
                .construct("QUAL").unitWeights("qual1", "qual2")
                .construct("SAT").modeA("sat1", "sat2", "sat3").commonFactor()
                .path("IMAG", "VAL").path("IMAG", "SAT").path("VAL", "SAT")
                .path("EXPE", "QUAL").path("QUAL", "SAT")
                .build();
        assertEquals(expected, m);
    }

    @Test
    void windowsAndOldMacLineEndingsAndByteOrderMark() {
        String crlf = "\uFEFF" + ECSI_TEXT.replace("\n", "\r\n");
        String cr = ECSI_TEXT.replace("\n", "\r");
        assertEquals(EcsiModels.ecsiBuilt(), ModelSyntax.parse(crlf));
        assertEquals(EcsiModels.ecsiBuilt(), ModelSyntax.parse(cr));
    }

    @Test
    void modeBBlockAndDottedUnderscoreNames() {
        PathModel m = ModelSyntax.parse("IMAG <~ imag.1 + imag_2\n_SAT =~ .sat1 + sat.2\n_SAT ~ IMAG");
        assertEquals(OuterMode.B, m.construct("IMAG").mode());
        assertEquals(List.of("imag.1", "imag_2"), m.construct("IMAG").indicators());
        assertEquals(OuterMode.A, m.construct("_SAT").mode());
        assertEquals(List.of(".sat1", "sat.2"), m.construct("_SAT").indicators());
        assertEquals(ConstructType.COMPOSITE, m.construct("IMAG").type());
    }

    @Test
    void chineseNamesAndFullWidthSpace() {
        PathModel m = ModelSyntax.parse("""
                顾客满意度 =~ 满意1 + 满意2　+ 满意3
                顾客忠诚度 =~ 忠诚1 + 忠诚2
                顾客忠诚度 ~ 顾客满意度
                """);
        assertEquals(List.of("顾客满意度", "顾客忠诚度"), m.constructNames());
        assertEquals(List.of("满意1", "满意2", "满意3"), m.construct("顾客满意度").indicators());
        assertEquals(List.of(new StructuralPath("顾客满意度", "顾客忠诚度")), m.paths());
    }

    @Test
    void constructsFollowBlockOrderEvenWhenPathsNameThemEarlier() {
        PathModel m = ModelSyntax.parse("LOY ~ SAT\nSAT =~ s1\nLOY =~ l1");
        assertEquals(List.of("SAT", "LOY"), m.constructNames());
        assertEquals(List.of(new StructuralPath("SAT", "LOY")), m.paths());
    }

    @Test
    void pathsKeepTheWrittenOrder() {
        PathModel m = ModelSyntax.parse("A =~ a\nB =~ b\nC =~ c\nC ~ B + A\nB ~ A");
        assertEquals(List.of(new StructuralPath("B", "C"), new StructuralPath("A", "C"),
                new StructuralPath("A", "B")), m.paths());
    }

    @Test
    void measurementOnlyModel() {
        PathModel m = ModelSyntax.parse("SAT =~ s1 + s2");
        assertEquals(List.of("SAT"), m.constructNames());
        assertTrue(m.paths().isEmpty());
    }

    @Test
    void cycleIsReportedByTheBuilderNamingTheConstructs() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> ModelSyntax.parse("A =~ a\nB =~ b\nB ~ A\nA ~ B"));
        assertFalse(e instanceof ModelSyntaxException);
        assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("A -> B"), e.getMessage());
    }

    @Test
    void isolatedConstructIsReportedByTheBuilderNamingIt() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> ModelSyntax.parse("A =~ a\nB =~ b\nC =~ c\nB ~ A"));
        assertTrue(e.getMessage().contains("'C' is isolated"), e.getMessage());
    }

    @Test
    void parseIntoExtendsAnExistingModel() {
        PathModel ecsi = EcsiModels.ecsiBuilt();
        PathModel extended = ModelSyntax.parseInto("NPS =~ nps1 + nps2\nNPS ~ LOY", ecsi.toBuilder()).build();
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL", "SAT", "LOY", "NPS"), extended.constructNames());
        assertTrue(extended.hasPath("LOY", "NPS"));
        assertEquals(ecsi.paths().size() + 1, extended.paths().size());
    }

    @Test
    void parseIntoReportsAClashWithTheBuilderAtItsPosition() {
        ModelSyntaxException e = assertThrows(ModelSyntaxException.class,
                () -> ModelSyntax.parseInto("\n  SAT =~ x1", EcsiModels.ecsiBuilt().toBuilder()));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("'SAT' is declared twice"), e.getMessage());
        assertTrue(e.getCause() instanceof CsiSpecificationException);
    }

    @Test
    void parseIntoReturnsTheSameBuilderAndLeavesUnknownNamesToBuild() {
        var builder = PathModel.builder();
        assertSame(builder, ModelSyntax.parseInto("SAT ~ IMAG", builder));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, builder::build);
        assertTrue(e.getMessage().contains("no constructs"), e.getMessage());
    }

    @Test
    void nullArgumentsAreSpecificationErrors() {
        assertThrows(CsiSpecificationException.class, () -> ModelSyntax.parse((String) null));
        assertThrows(CsiSpecificationException.class, () -> ModelSyntax.parse((Reader) null));
        assertThrows(CsiSpecificationException.class, () -> ModelSyntax.parseInto("A =~ a", null));
        assertThrows(CsiSpecificationException.class, () -> ModelSyntax.format(null));
    }

    @Test
    void failingReaderIsASpecificationErrorWithTheCause() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> ModelSyntax.parse(broken));
        assertTrue(e.getMessage().contains("disk gone"), e.getMessage());
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void exceptionExposesLineColumnAndDetail() {
        ModelSyntaxException e = assertThrows(ModelSyntaxException.class,
                () -> ModelSyntax.parse("A =~ a\nB = b"));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertEquals("expected an operator ('=~', '<~' or '~') but found unknown operator '='"
                + " (write '=~' for a common factor, '<~' for a composite)", e.detail());
        assertEquals("line 2, column 3: " + e.detail(), e.getMessage());
    }
}
