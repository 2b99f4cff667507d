package dev.csimodel.io;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byte parser's values are bit-identical to {@link Double#parseDouble} (compared as raw
 * bits, so -0.0 and 0.0 differ), over random doubles in every notation, short decimals,
 * integers, exponents, signs and edge cases; and what the text parser rejects, the byte entry
 * point rejects with the same message.
 */
class DecimalBytesTest {

    private static final long SEED = 20261203L;
    private static final int RANDOM_CASES = 200_000;
    private static final Supplier<String> PLACE = () -> "f.csv, line 2 (data row 1), column 'a'";

    @Test
    void randomNumbersEqualParseDouble() {
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_CASES; i++) {
            String text = switch (i % 8) {
                case 0 -> Double.toString(Double.longBitsToDouble(random.nextLong()));
                case 1 -> String.format(Locale.ROOT, "%." + random.nextInt(8) + "f", random.nextGaussian() * 10);
                case 2 -> Long.toString(random.nextLong() >> random.nextInt(64));
                case 3 -> random.nextInt(100_000) + "e" + (random.nextInt(700) - 350);
                case 4 -> new BigDecimal(random.nextDouble()).toPlainString();
                case 5 -> (random.nextBoolean() ? "-" : "+") + "." + random.nextInt(1_000_000_000);
                case 6 -> digits(random, 1 + random.nextInt(25)) + "." + digits(random, random.nextInt(25));
                default -> String.format(Locale.ROOT, "%.5f", random.nextDouble() * 10);
            };
            if (text.contains("Infinity") || text.contains("NaN")) {
                continue;
            }
            assertSame(text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0", "0.0", "-0.0", "00012", "000.000", "1.", ".5", "-.5", "+1.", "1e0", "1E+2",
            "1e-2", "-1.5e-3", "4.9e-324", "2.5e-324", "2.4e-324", "2.2250738585072011e-308", "2.2250738585072014E-308",
            "1.7976931348623157e308", "1.7976931348623158e308", "9007199254740993", "9007199254740992",
            "9007199254740991", "0.1", "0.3", "123456789012345678", "1234567890123456789", "12345678901234567890",
            "0.30000000000000004", "1e22", "1e23", "9e22", "123456789e-22", "1e-22", "1e-23", "0e999", "-0e-999",
            "1e-999", "1e-400", "0.000000000000000000000000000000001", "00000000000000000000000001.5",
            "3.14159", "2.71828", "99999.99999", "1e00000000000000000000000000005"})
    void edgeCasesEqualParseDouble(String text) {
        assertSame(text);
    }

    /** Decimal commas: the value of the text with ',' read as '.'. */
    @ParameterizedTest
    @ValueSource(strings = {"3,5", "-0,25", ",5", "1,", "1,5e3", "3.5"})
    void decimalCommaEqualsParseDoubleOfThePointForm(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        double expected = Double.parseDouble(text.replace(',', '.'));
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(DecimalBytes.parse(b, 0, b.length, true)));
    }

    /** Outside the grammar or not finite: left to the text path. */
    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "NaN", "Infinity", "-Infinity", "0x1F",
            "0x1p3", "1d", "1f", "1_000", "1,5", " 1", "1 ", "--1", "1e309", "-1e400", "١"})
    void outsideTheGrammarIsNotHandled(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(Double.isNaN(DecimalBytes.parse(b, 0, b.length, false)), text);
    }

    /** The cell entry points agree on values and messages, rejections included. */
    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "0x1F", "1d", "abc", "1,5", "1e309", "", "  ", " 7 ", "\t-1.5\t", "n/a",
            "99999999999999999999999999999999999999999999999999999999999999999999999999999999999", "12", "-99", "-99.0", "-9.9e1", "NA", "ü"})
    void bytesAndTextGiveTheSameOutcome(String cell) {
        for (CellParser cells : List.of(new CellParser(List.of(), false), new CellParser(List.of("-99", "NA"), false))) {
            byte[] b = ("x" + cell + "y").getBytes(StandardCharsets.UTF_8);
            assertEquals(outcome(() -> cells.number(cell, PLACE)),
                    outcome(() -> cells.number(b, 1, b.length - 1, StandardCharsets.UTF_8, PLACE)), cell);
        }
    }

    @Test
    void textRejectionsKeepTheirMessages() {
        CellParser cells = new CellParser(List.of(), false);
        byte[] b = "NaN".getBytes(StandardCharsets.US_ASCII);
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> cells.number(b, 0, b.length, StandardCharsets.UTF_8, PLACE));
        assertEquals("f.csv, line 2 (data row 1), column 'a': 'NaN' is not a number", e.getMessage());
    }

    private static String outcome(Supplier<Double> parse) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(parse.get()));
        } catch (CsiDataException e) {
            return e.getMessage();
        }
    }

    private static void assertSame(String text) {
        byte[] b = ("#" + text + "#").getBytes(StandardCharsets.US_ASCII);
        double expected = Double.parseDouble(text);
        double actual = DecimalBytes.parse(b, 1, b.length - 1, false);
        if (!Double.isFinite(expected)) {
            assertTrue(Double.isNaN(actual), () -> text + " is not finite, so not handled");
            return;
        }
        assertEquals(Long.toHexString(Double.doubleToRawLongBits(expected)), Long.toHexString(Double.doubleToRawLongBits(actual)),
                () -> text);
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
