package dev.csimodel.io.excel;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not whole workbooks: a typed error naming the file, never another exception. */
class CorruptXlsxFileTest {

    @TempDir
    Path dir;

    private static void assertNamesFile(CsiDataException e, Path file) {
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aTextFileRenamedXlsxIsRefusedNamingTheFile() throws Exception {
        Path fake = dir.resolve("survey.xlsx");
        Files.writeString(fake, "imag1,imag2\n1,2\n", StandardCharsets.UTF_8);
        CsiDataException e = assertThrows(CsiDataException.class, () -> XlsxFile.read(fake, Optional.empty()));
        assertNamesFile(e, fake);
        assertTrue(e.getMessage().contains("not a readable .xlsx workbook"), e.getMessage());
    }

    @Test
    void truncatedCopiesAreRefusedNamingTheFile() throws Exception {
        byte[] whole = Files.readAllBytes(XlsxFileTest.resource("satisfaction.xlsx"));
        // cut in the local headers, in the middle of the entries, and just before the central directory's end
        for (int length : new int[]{0, 10, 100, whole.length / 3, whole.length / 2, whole.length - 30, whole.length - 1}) {
            Path cut = dir.resolve("cut" + length + ".xlsx");
            Files.write(cut, Arrays.copyOf(whole, length));
            CsiDataException e = assertThrows(CsiDataException.class, () -> XlsxFile.read(cut, Optional.empty()),
                    "length " + length);
            assertNamesFile(e, cut);
        }
    }

    @Test
    void flippedBytesGiveATypedErrorOrTheData() throws Exception {
        byte[] whole = Files.readAllBytes(XlsxFileTest.resource("satisfaction.xlsx"));
        java.util.Random random = new java.util.Random(14);
        for (int trial = 0; trial < 40; trial++) {
            byte[] bad = whole.clone();
            for (int k = 0; k < 8; k++) {
                bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Path file = dir.resolve("flip" + trial + ".xlsx");
            Files.write(file, bad);
            try {
                XlsxFile.read(file, Optional.empty()).table(List.of("imag1"));
            } catch (CsiDataException e) {
                assertNamesFile(e, file);
            }
        }
    }

    @Test
    void anUnknownSheetNamesTheSheetsThatExist() throws Exception {
        Path file = XlsxFileTest.resource("satisfaction.xlsx");
        CsiDataException e = assertThrows(CsiDataException.class, () -> XlsxFile.read(file, Optional.of("Survey")));
        assertTrue(e.getMessage().contains("no sheet 'Survey'") && e.getMessage().contains("[survey, about]"),
                e.getMessage());
    }

    @Test
    void aMissingFileAndAnUnknownColumnAreNamed() throws Exception {
        Path none = dir.resolve("none.xlsx");
        CsiDataException e = assertThrows(CsiDataException.class, () -> XlsxFile.read(none, Optional.empty()));
        assertTrue(e.getMessage().contains("none.xlsx: no such file"), e.getMessage());
        XlsxFile xlsx = XlsxFile.read(XlsxFileTest.resource("satisfaction.xlsx"), Optional.empty());
        CsiDataException c = assertThrows(CsiDataException.class, () -> xlsx.table(List.of("imag9")));
        assertTrue(c.getMessage().contains("no column 'imag9'"), c.getMessage());
    }
}
