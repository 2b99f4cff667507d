package dev.csimodel.spec.syntax;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Malformed texts, each with the line and column of the mistake counted by hand (columns in
 * code points: a Chinese character, a tab or a character outside the BMP is one column).
 */
class ModelSyntaxErrorTest {

    private static final String OPERATOR = "expected an operator ('=~', '<~' or '~') but found ";
    private static final String INDICATOR = "expected an indicator name but found ";
    private static final String CONSTRUCT = "expected a construct name but found ";
    private static final String SEPARATOR = "expected '+', ';' or end of line but found ";
    private static final String DECLARED = "expected a construct declared by a '=~' or '<~' block but found ";

    static Stream<Arguments> malformed() {
        return Stream.of(
                // missing or unknown operators; "SAT " is 4 columns, so the operator is at 5
                arguments("SAT sat1 + sat2", 1, 5, OPERATOR + "'sat1'"),
                arguments("SAT", 1, 4, OPERATOR + "end of input"),
                arguments("SAT\nA =~ a", 1, 4, OPERATOR + "end of line"),
                arguments("SAT = sat1", 1, 5, OPERATOR + "unknown operator '=' (write '=~' for a common factor, '<~' for a composite)"),
                arguments("SAT ~~ IMAG", 1, 5, OPERATOR + "unknown operator '~~' (lavaan (co)variances"),
                arguments("SAT =~~ sat1", 1, 5, OPERATOR + "unknown operator '=~~'"),
                arguments("IMAG -> SAT", 1, 6, OPERATOR + "unknown operator '->' (write a path as 'TARGET ~ SOURCE')"),
                arguments("SAT <- IMAG", 1, 5, OPERATOR + "unknown operator '<-'"),
                arguments("ab := a", 1, 4, OPERATOR + "unknown operator ':=' (lavaan defined parameters"),
                arguments("u1 | t1", 1, 4, OPERATOR + "unknown operator '|' (lavaan thresholds"),
                // missing right-hand side, unterminated statements
                arguments("SAT =~", 1, 7, INDICATOR + "end of input"),
                arguments("SAT =~   \nLOY =~ l1", 1, 10, INDICATOR + "end of line"),
                arguments("SAT =~ ; LOY =~ l1", 1, 8, INDICATOR + "';'"),
                arguments("A =~ a\nB =~ b\nB ~", 3, 4, CONSTRUCT + "end of input"),
                // trailing and doubled '+'; "SAT =~ s1 +" has the '+' at 11
                arguments("SAT =~ s1 +", 1, 12, INDICATOR + "end of input"),
                arguments("SAT =~ s1 +\n", 2, 1, INDICATOR + "end of input"),
                arguments("SAT =~ s1 +\nLOY =~ l1", 1, 11,
                        "expected an indicator name after '+' but found the new statement 'LOY =~' on line 2"),
                arguments("A =~ a\nB =~ b\nB ~ A +\n# c\n\nC =~ c", 3, 7,
                        "expected a construct name after '+' but found the new statement 'C =~' on line 6"),
                arguments("SAT =~ s1 + + s2", 1, 13, INDICATOR + "'+'"),
                arguments("SAT =~ + s1", 1, 8, INDICATOR + "'+'"),
                // missing or malformed names
                arguments("=~ s1", 1, 1, CONSTRUCT + "'=~'"),
                arguments("A =~ a\n+ b", 2, 1, CONSTRUCT + "'+'"),
                arguments("A =~ a;~ A", 1, 8, CONSTRUCT + "'~'"),
                arguments("SAT =~ 5", 1, 8, INDICATOR + "number '5'"),
                arguments("SAT =~ .5", 1, 8, INDICATOR + "number '.5'"),
                arguments("SAT =~ 1st", 1, 8, INDICATOR + "'1st' (a name must start with a letter, '_' or '.')"),
                arguments("SAT =~ s1 s2", 1, 11, SEPARATOR + "'s2'"),
                arguments("SAT =~ s1 LOY =~ l1", 1, 11, SEPARATOR + "'LOY'"),
                arguments("SAT =~ s1 ~ s2", 1, 11, SEPARATOR + "'~'"),
                // illegal characters
                arguments("SAT =~ s1 + s@2", 1, 14, SEPARATOR + "illegal character '@' (U+0040)"),
                arguments("$SAT =~ s", 1, 1, CONSTRUCT + "illegal character '$' (U+0024)"),
                arguments("SAT =~ s1\u0007", 1, 10, SEPARATOR + "illegal character U+0007"),
                arguments("SAT =~ s\uD800", 1, 9, SEPARATOR + "illegal character U+D800"),
                arguments("SAT =~ s1 + \"s2\"", 1, 13, INDICATOR + "illegal character '\"'"),
                // lavaan modifiers, reported where the modifier starts
                arguments("SAT =~ 0.5*s1 + s2", 1, 8, INDICATOR + "modifier '0.5*' (lavaan modifiers are not supported)"),
                arguments("SAT =~ s1 + a*s2", 1, 13, INDICATOR + "modifier 'a*'"),
                arguments("A =~ a\nB =~ b\nB ~ NA*A", 3, 5, CONSTRUCT + "modifier 'NA*'"),
                arguments("2*SAT =~ s", 1, 1, CONSTRUCT + "modifier '2*'"),
                arguments("SAT =~ start(0.5)*s1", 1, 13, SEPARATOR + "illegal character '('"),
                arguments("SAT =~ *s1", 1, 8, INDICATOR + "'*' (lavaan modifiers such as 0.5*x are not supported)"),
                // repeated blocks and indicators
                arguments("SAT =~ s1\nLOY =~ l1\nSAT =~ s2", 3, 1,
                        "expected a construct without a block but found 'SAT', whose block is already declared at line 1, column 1"),
                arguments("SAT =~ s1; SAT <~ s2", 1, 12, "'SAT', whose block is already declared at line 1, column 1"),
                arguments("SAT =~ s1 + s2 + s1", 1, 18,
                        "expected a new indicator but found 's1', already listed at line 1, column 8"),
                arguments("SAT =~ s1\nLOY =~ l1 + s1", 2, 13,
                        "expected a new indicator but found 's1', already listed in the block of 'SAT' at line 1, column 8"),
                // paths: undeclared constructs, indicators as constructs, self-loops, repeated paths
                arguments("SAT =~ s1\nSAT ~ IMAG", 2, 7, DECLARED + "'IMAG', which no block declares"),
                arguments("IMAG =~ i1\nSAT ~ IMAG", 2, 1, DECLARED + "'SAT', which no block declares"),
                arguments("SAT =~ s1\nLOY =~ l1\nLOY ~ s1", 3, 7,
                        DECLARED + "'s1', an indicator of 'SAT' (paths join constructs, not indicators)"),
                arguments("A =~ a\r\nB =~ b\r\nB ~ C", 3, 5, DECLARED + "'C'"),
                arguments("SAT =~ s1\nSAT ~ SAT", 2, 7,
                        "expected a predictor of 'SAT' but found 'SAT' itself (a construct cannot predict itself)"),
                arguments("A =~ a\nB =~ b\nB ~ A + A", 3, 9,
                        "expected a new predictor of 'B' but found 'A', already a predictor at line 3, column 5"),
                arguments("A =~ a\nB =~ b\nB ~ A\nB ~ A", 4, 5, "already a predictor at line 3, column 5"),
                // nothing to parse
                arguments("", 1, 1, "expected at least one block ('NAME =~ indicator + ...') but found end of input"),
                arguments("# nothing\n\n", 3, 1, "expected at least one block"),
                arguments(" ; ;\n", 2, 1, "expected at least one block"),
                // columns count code points: 顾客满意度 is 5 columns, so the second '+' is at 16
                arguments("顾客满意度 =~ 满意1 + + 满意2", 1, 16, INDICATOR + "'+'"),
                arguments("\tSAT =~ s1 s2", 1, 12, SEPARATOR + "'s2'"),
                arguments("\uD835\uDD38 =~ a @", 1, 8, SEPARATOR + "illegal character '@'"),
                arguments("\uFEFFSAT s", 1, 5, OPERATOR + "'s'"),
                // higher-order constructs (HigherOrderSyntaxTest has the full set)
                arguments("IMAG =~ i1\nSAT =~ s1\nHOC =~ IMAG + SAT\nHOC ~ IMAG", 4, 7,
                        "it makes a cycle through higher-order construct 'HOC'"),
                arguments("HOC =~ h1 + SAT\nSAT =~ s1\nSAT ~ HOC", 1, 8,
                        "found 'h1', which no block declares: a higher-order construct lists constructs only"));
    }

    @ParameterizedTest(name = "[{index}] {1}:{2} {3}")
    @MethodSource("malformed")
    void malformedTextIsLocated(String text, int line, int column, String message) {
        ModelSyntaxException e = assertThrows(ModelSyntaxException.class, () -> ModelSyntax.parse(text));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ", column " + column + ": expected "), e.getMessage());
        assertTrue(e.detail().contains(message), () -> "message '" + e.getMessage() + "' lacks '" + message + "'");
    }
}
