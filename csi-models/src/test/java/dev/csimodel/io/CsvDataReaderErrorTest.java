package dev.csimodel.io;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed CSV input: each case must throw {@link CsiDataException} whose message names the
 * source and the place (line, data row, column) of the first problem.
 */
class CsvDataReaderErrorTest {

    private static final String SOURCE = "bad.csv";
    private static final List<String> AB = List.of("a", "b");

    /** A malformed input; {@code token} is the missing-value token or null; {@code group} likewise. */
    record Case(String name, String csv, String token, List<String> columns, String group, List<String> fragments) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                c("empty file", "", null, AB, "empty"),
                c("only blank lines", "\n\n\n", null, AB, "empty"),
                c("header only", "a,b\n", null, AB, "no data rows"),
                c("header with an empty name", "a,,b\n1,2,3\n", null, AB, "line 1", "column 2", "no name"),
                c("header with a blank name", "a, ,b\n1,2,3\n", null, AB, "line 1", "column 2"),
                c("duplicate header name", "a,b,a\n1,2,3\n", null, AB, "line 1", "duplicate", "'a'", "columns 1 and 3"),
                c("duplicate after trimming", "a,b, b\n1,2,3\n", null, AB, "line 1", "'b'", "columns 2 and 3"),
                c("requested column absent", "a,b\n1,2\n", null, List.of("a", "z"), "no column 'z'", "[a, b]"),
                c("wrong delimiter hides columns", "a;b\n1;2\n", null, AB, "no column 'a'"),
                c("short row", "a,b\n1,2\n3\n", null, AB, "line 3", "data row 2", "1 field", "2 columns"),
                c("long row", "a,b\n1,2,3\n", null, AB, "line 2", "data row 1", "3 fields"),
                c("trailing delimiter", "a,b\n1,2\n4,5,\n", null, AB, "line 3", "data row 2", "3 fields"),
                c("short row in unused column", "a,b,note\n1,2\n", null, AB, "line 2", "data row 1", "2 fields"),
                c("word in used column", "a,b\n1,x\n", null, AB, "line 2", "data row 1", "column 'b'", "'x' is not a number"),
                c("NaN literal", "a,b\n1,NaN\n", null, AB, "line 2", "column 'b'", "'NaN'"),
                c("NaN literal with a token", "a,b\n1,NaN\n", "NA", AB, "line 2", "column 'b'", "'NaN'"),
                c("Infinity literal", "a,b\nInfinity,1\n", null, AB, "line 2", "column 'a'", "'Infinity'"),
                c("hex number", "a,b\n0x10,1\n", null, AB, "column 'a'", "'0x10'"),
                c("Java double suffix", "a,b\n1d,1\n", null, AB, "column 'a'", "'1d'"),
                c("float suffix", "a,b\n1,2f\n", null, AB, "column 'b'", "'2f'"),
                c("decimal comma", "a,b\n\"1,5\",2\n", null, AB, "line 2", "column 'a'", "'1,5'"),
                c("two points", "a,b\n1.2.3,2\n", null, AB, "column 'a'", "'1.2.3'"),
                c("double sign", "a,b\n--5,2\n", null, AB, "column 'a'", "'--5'"),
                c("sign only", "a,b\n+,2\n", null, AB, "column 'a'", "'+'"),
                c("point only", "a,b\n.,2\n", null, AB, "column 'a'", "'.'"),
                c("incomplete exponent", "a,b\n1e,2\n", null, AB, "column 'a'", "'1e'"),
                c("inner blank", "a,b\n5 6,2\n", null, AB, "column 'a'", "'5 6'"),
                c("non-ASCII digits", "a,b\n\u0663,2\n", null, AB, "column 'a'", "is not a number"),
                c("overflow", "a,b\n1e999,2\n", null, AB, "line 2", "column 'a'", "too large"),
                c("empty cell without token", "a,b\n1,2\n3,\n", null, AB, "line 3", "data row 2", "column 'b'", "empty cell"),
                c("blank cell without token", "a,b\n 1 , \n", null, AB, "line 2", "column 'b'", "empty cell"),
                c("quoted empty cell without token", "a,b\n\"\",1\n", null, AB, "line 2", "column 'a'", "empty cell"),
                c("token is case sensitive", "a,b\n1,na\n", "NA", AB, "line 2", "column 'b'", "'na'"),
                c("other token than the configured one", "a,b\n1,.\n", "NA", AB, "column 'b'", "'.'"),
                c("line count after blank lines", "a,b\n1,2\n\n\n3,x\n", null, AB, "line 5", "data row 2", "column 'b'"),
                c("line count after a quoted line break", "a,note\n1,\"two\nlines\"\nq,ok\n", null, List.of("a"),
                        "line 4", "data row 2", "column 'a'", "'q'"),
                c("CRLF line endings", "a,b\r\n1,2\r\n3,?\r\n", null, AB, "line 3", "data row 2", "column 'b'"),
                c("unterminated quote", "a,b\n1,2\n\"3,4\n", null, AB, "line 3", "malformed"),
                c("text after closing quote", "a,b\n1,2\n\"3\"x,4\n", null, AB, "line 3", "malformed"),
                c("header-only junk column used", "a,b\n1,2\n", null, List.of("b", "c"), "no column 'c'"),
                g("missing group label", "a,b,g\n1,2,x\n3,4,\n", null, "line 3", "data row 2", "column 'g'", "missing group label"),
                g("group label equal to the token", "a,b,g\n1,2,NA\n", "NA", "line 2", "column 'g'", "missing group label"),
                g("unknown group column", "a,b,h\n1,2,x\n", null, "no column 'g'"),
                g("bad number with a group column", "a,b,g\n1,2,x\n1,y,z\n", null, "line 3", "column 'b'", "'y'"));
    }

    private static Arguments c(String name, String csv, String token, List<String> columns, String... fragments) {
        return Arguments.of(new Case(name, csv, token, columns, null, List.of(fragments)));
    }

    private static Arguments g(String name, String csv, String token, String... fragments) {
        return Arguments.of(new Case(name, csv, token, AB, "g", List.of(fragments)));
    }

    /** The streaming reader shares the parsing: the same input fails with the same message. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void streamingFailsWithTheSameMessage(Case c) {
        CsvOptions options = c.token() == null ? CsvOptions.defaults() : CsvOptions.defaults().withMissingToken(c.token());
        CsvDataReader reader = new CsvDataReader(options);
        CsiDataException inMemory = assertThrows(CsiDataException.class, () -> {
            if (c.group() == null) {
                reader.read(new StringReader(c.csv()), SOURCE, c.columns());
            } else {
                reader.readGrouped(new StringReader(c.csv()), SOURCE, c.columns(), c.group());
            }
        });
        CsiDataException streamed = assertThrows(CsiDataException.class, () -> {
            try (CsvRowStream rows = reader.stream(new StringReader(c.csv()), SOURCE, c.columns(), c.group())) {
                while (rows.hasNext()) {
                    rows.next();
                }
            }
        });
        assertEquals(inMemory.getMessage(), streamed.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedInputNamesThePlace(Case c) {
        CsvOptions options = c.token() == null ? CsvOptions.defaults() : CsvOptions.defaults().withMissingToken(c.token());
        CsvDataReader reader = new CsvDataReader(options);
        CsiDataException e = assertThrows(CsiDataException.class, () -> {
            if (c.group() == null) {
                reader.read(new StringReader(c.csv()), SOURCE, c.columns());
            } else {
                reader.readGrouped(new StringReader(c.csv()), SOURCE, c.columns(), c.group());
            }
        });
        assertTrue(e.getMessage().startsWith(SOURCE), () -> "message does not name the source: " + e.getMessage());
        for (String fragment : c.fragments()) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing from: " + e.getMessage());
        }
        assertEquals(-1, e.getMessage().indexOf('\n'), "the message must be one line");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("absent.csv");
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> CsvDataReader.withDefaults().read(file, AB));
        assertTrue(e.getMessage().contains("absent.csv") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void fileErrorsNameTheFilePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("survey.csv");
        Files.writeString(file, "a,b\n1,2\n3,oops\n", StandardCharsets.UTF_8);
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> CsvDataReader.withDefaults().read(file, AB));
        assertEquals(file + ", line 3 (data row 2), column 'b': 'oops' is not a number", e.getMessage());
    }
}
