package dev.csimodel.io;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Missing-value codes as numbers, encodings, byte-order marks, delimiter detection, decimal commas. */
class CsvEncodingAndCodesTest {

    private static final double EXACT = 0;

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.write(f, bytes);
        return f;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void numericCodesMatchAnySpellingOfTheNumberAndTextCodesMatchText() {
        String csv = "a\n-99\n-99.0\n-99.00\n-9.9e1\n-98\nNA\n5\n 99 \n";
        DataTable t = new CsvDataReader(CsvOptions.defaults().withMissingCodes(List.of("-99", " NA ")))
                .read(new java.io.StringReader(csv), "t.csv", List.of("a"));
        double[] a = t.column("a");
        for (int i = 0; i < 4; i++) {
            assertTrue(Double.isNaN(a[i]), "row " + i);
        }
        assertEquals(-98, a[4], EXACT);
        assertTrue(Double.isNaN(a[5]));
        assertArrayEquals(new double[] {5, 99}, new double[] {a[6], a[7]}, EXACT);
    }

    @Test
    void severalNumericCodesInTheStreamingPath() throws IOException {
        Path f = file("a,b\n1,-98.0\n-99.0,2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        CsvDataReader reader = new CsvDataReader(CsvOptions.defaults().withMissingCodes(List.of("-99", "-98")));
        int missing = 0;
        try (CsvRowStream rows = reader.stream(f, List.of("a", "b"), null)) {
            while (rows.hasNext()) {
                for (double v : rows.next()) {
                    missing += Double.isNaN(v) ? 1 : 0;
                }
            }
        }
        assertEquals(2, missing);
    }

    @Test
    void byteOrderMarkBeforeAQuotedHeaderIsAccepted() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path f = file(concat(bom, "\"a\",\"b\"\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        DataTable t = CsvDataReader.withDefaults().read(f, List.of("a", "b"));
        assertArrayEquals(new double[] {1, 2}, new double[] {t.value(0, "a"), t.value(0, "b")}, EXACT);
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedAndWithoutOneIsRefusedWithAHint() throws IOException {
        byte[] text = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE);
        Path marked = file(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text));
        assertEquals(2.0, CsvDataReader.withDefaults().read(marked, List.of("b")).value(0, "b"), EXACT);
        Path big = dir.resolve("be.csv");
        Files.write(big, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(1.0, CsvDataReader.withDefaults().read(big, List.of("a")).value(0, "a"), EXACT);
        Path bare = dir.resolve("bare.csv");
        Files.write(bare, text);
        CsiDataException e = assertThrows(CsiDataException.class, () -> CsvDataReader.withDefaults().read(bare, List.of("a")));
        assertTrue(e.getMessage().contains("bare.csv") && e.getMessage().contains("UTF-16")
                && e.getMessage().contains("--encoding UTF-16LE"), e.getMessage());
        DataTable t = new CsvDataReader(CsvOptions.defaults().withEncoding(StandardCharsets.UTF_16LE)).read(bare, List.of("a"));
        assertEquals(1.0, t.value(0, "a"), EXACT);
    }

    @Test
    void latin1ByteIsReportedAtItsTrueLineWithAnEncodingHint() throws IOException {
        StringBuilder csv = new StringBuilder("x,name\n");
        for (int line = 2; line <= 300; line++) {
            csv.append(line).append(line == 200 ? ",caf\u00e9\n" : ",plain\n");
        }
        Path f = file(csv.toString().getBytes(Charset.forName("windows-1252")));
        CsiDataException e = assertThrows(CsiDataException.class, () -> CsvDataReader.withDefaults().read(f, List.of("x")));
        assertTrue(e.getMessage().contains("line 200, column 8: byte(s) not valid UTF-8; try --encoding windows-1252"),
                e.getMessage());
        DataTable t = new CsvDataReader(CsvOptions.defaults().withEncoding(Charset.forName("windows-1252")))
                .read(f, List.of("x"));
        assertEquals(299, t.rowCount());
    }

    @Test
    void delimiterIsDetectedFromTheHeaderOrAnExcelSepLine() throws IOException {
        CsvDataReader detect = new CsvDataReader(CsvOptions.defaults().withDetectedDelimiter());
        assertEquals(2.0, detect.read(file("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)), List.of("b")).value(0, "b"), EXACT);
        assertEquals(2.0, detect.read(file("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8)), List.of("b")).value(0, "b"), EXACT);
        assertEquals(2.0, detect.read(file("\"a,x\"|b\n1|2\n".getBytes(StandardCharsets.UTF_8)), List.of("b")).value(0, "b"), EXACT);
        assertEquals(2.0, detect.read(file("sep=;\na;b\n1;2\n".getBytes(StandardCharsets.UTF_8)), List.of("b")).value(0, "b"), EXACT);
        Path bad = file("sep=;\na;b\n1;2\n3;x\n".getBytes(StandardCharsets.UTF_8));
        CsiDataException e = assertThrows(CsiDataException.class, () -> detect.read(bad, List.of("b")));
        assertTrue(e.getMessage().contains("line 4 (data row 2), column 'b': 'x' is not a number"), e.getMessage());
    }

    @Test
    void wrongDelimiterGivesOneColumnAndAHint() throws IOException {
        Path f = file("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
        CsiDataException e = assertThrows(CsiDataException.class, () -> CsvDataReader.withDefaults().read(f, List.of("b")));
        assertTrue(e.getMessage().contains("no column 'b'") && e.getMessage().contains("is the delimiter ';' rather than ','"),
                e.getMessage());
    }

    @Test
    void decimalCommaParsesAndCannotBeCombinedWithTheCommaDelimiter() throws IOException {
        CsvOptions comma = CsvOptions.defaults().withDelimiter(';').withDecimalComma(true);
        Path f = file("a;b\n3,5;-0,25\n".getBytes(StandardCharsets.UTF_8));
        DataTable t = new CsvDataReader(comma).read(f, List.of("a", "b"));
        assertArrayEquals(new double[] {3.5, -0.25}, new double[] {t.value(0, "a"), t.value(0, "b")}, EXACT);
        DataTable detected = new CsvDataReader(CsvOptions.defaults().withDetectedDelimiter().withDecimalComma(true))
                .read(f, List.of("a"));
        assertEquals(3.5, detected.value(0, "a"), EXACT);
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> CsvOptions.defaults().withDecimalComma(true));
        assertTrue(e.getMessage().contains("decimal comma") && e.getMessage().contains("','"), e.getMessage());
        CsiDataException p = assertThrows(CsiDataException.class,
                () -> new CsvDataReader(CsvOptions.defaults().withDelimiter(';')).read(f, List.of("a")));
        assertTrue(p.getMessage().contains("'3,5' is not a number") && p.getMessage().contains("--decimal-comma"),
                p.getMessage());
    }

    @Test
    void giantHeaderGivesAShortMessage() throws IOException {
        String name = "h".repeat(300_000);
        Path f = file((name + "\n1\n").getBytes(StandardCharsets.UTF_8));
        CsiDataException e = assertThrows(CsiDataException.class, () -> CsvDataReader.withDefaults().read(f, List.of("a")));
        assertTrue(e.getMessage().length() < 400 && e.getMessage().contains("no column 'a'"), e.getMessage());
    }

    @Test
    void streamFromAnInputStreamChoosesColumnsFromTheHeaderInOnePass() {
        byte[] bytes = "id,q1,q2\n7,1,2\n8,3,4\n".getBytes(StandardCharsets.UTF_8);
        CsvDataReader reader = CsvDataReader.withDefaults();
        double sum = 0;
        try (CsvRowStream rows = reader.stream(new ByteArrayInputStream(bytes), "stdin",
                header -> header.subList(1, header.size()), null)) {
            assertEquals(List.of("q1", "q2"), rows.columns());
            while (rows.hasNext()) {
                double[] r = rows.next();
                sum += r[0] + r[1];
            }
        }
        assertEquals(10, sum, EXACT);
        GroupedData g = reader.readGrouped(new ByteArrayInputStream(bytes), "stdin", header -> List.of("q2"), "id");
        assertEquals(List.of("7", "8"), g.labels());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithItsNumber() throws IOException {
        byte[] line = new byte[DecodingReader.MAX_LINE + 10];
        java.util.Arrays.fill(line, (byte) 'x');
        Path f = file(concat("a\n1\n".getBytes(StandardCharsets.UTF_8), line));
        CsiDataException e = assertThrows(CsiDataException.class, () -> CsvDataReader.withDefaults().read(f, List.of("a")));
        assertTrue(e.getMessage().contains("line 3: the line is longer than 16777216 characters"), e.getMessage());
    }
}
