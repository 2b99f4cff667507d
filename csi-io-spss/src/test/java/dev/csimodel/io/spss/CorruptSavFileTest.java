package dev.csimodel.io.spss;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Truncated, byte-flipped and wrongly tagged files: the reader ends in a CsiDataException naming
 * the file and a byte offset, never another exception or a hang.
 */
class CorruptSavFileTest {

    private static final int TRUNCATION_STEP = 97;
    private static final Duration PER_FILE_BUDGET = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"satisfaction.sav", "corp_rep.sav", "written-plain", "written-compressed"})
    void everyTruncationIsATypedErrorNamingFileAndOffset(String source) throws Exception {
        byte[] bytes = source(source);
        Path file = dir.resolve("cut.sav");
        assertTimeoutPreemptively(PER_FILE_BUDGET, () -> {
            for (int length = 0; length < bytes.length; length += TRUNCATION_STEP) {
                Files.write(file, Arrays.copyOf(bytes, length));
                int cut = length;
                CsiDataException e = assertThrows(CsiDataException.class, () -> SavFile.read(file), "cut at " + cut);
                assertTrue(e.getMessage().contains("cut.sav") && e.getMessage().contains("byte offset"),
                        "cut at " + cut + ": " + e.getMessage());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"satisfaction.sav", "corp_rep.sav", "written-plain", "written-compressed"})
    void flippedBytesGiveDataOrATypedErrorNeverAnotherException(String source) throws Exception {
        byte[] bytes = source(source);
        Path file = dir.resolve("flipped.sav");
        Random random = new Random(source.hashCode());
        assertTimeoutPreemptively(PER_FILE_BUDGET, () -> {
            for (int at = 0; at < bytes.length; at += 13) {
                byte[] copy = bytes.clone();
                copy[at] ^= (byte) (1 + random.nextInt(255));
                if (random.nextBoolean()) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                readOrTypedError(file, copy, "flip at " + at);
            }
        });
    }

    @Test
    void wrongMagicIsRefusedByName() throws Exception {
        byte[] bytes = source("satisfaction.sav");
        CsiDataException zsav = assertThrows(CsiDataException.class, () -> SavFile.read(withMagic(bytes, "$FL3")));
        assertTrue(zsav.getMessage().contains("$FL3") && zsav.getMessage().contains("not supported"), zsav.getMessage());
        CsiDataException other = assertThrows(CsiDataException.class, () -> SavFile.read(withMagic(bytes, "PK\u0003\u0004")));
        assertTrue(other.getMessage().contains("not an SPSS system file") && other.getMessage().contains("magic.sav"),
                other.getMessage());
    }

    @Test
    void aMissingFileIsATypedError() {
        CsiDataException e = assertThrows(CsiDataException.class, () -> SavFile.read(dir.resolve("absent.sav")));
        assertTrue(e.getMessage().contains("absent.sav"), e.getMessage());
    }

    private Path withMagic(byte[] bytes, String magic) throws IOException {
        byte[] copy = bytes.clone();
        System.arraycopy(magic.getBytes(StandardCharsets.ISO_8859_1), 0, copy, 0, 4);
        Path p = dir.resolve("magic.sav");
        Files.write(p, copy);
        return p;
    }

    private static void readOrTypedError(Path file, byte[] bytes, String what) throws IOException {
        Files.write(file, bytes);
        try {
            SavFile.read(file);
        } catch (CsiDataException e) {
            assertTrue(e.getMessage().contains("flipped.sav"), what + ": " + e.getMessage());
        } catch (RuntimeException e) {
            fail(what + ": " + e, e);
        }
    }

    private static byte[] source(String name) throws Exception {
        return switch (name) {
            case "written-plain" -> written(false);
            case "written-compressed" -> written(true);
            default -> Files.readAllBytes(RealSavFileTest.resource(name));
        };
    }

    private static byte[] written(boolean compressed) {
        List<SavWriter.Var> vars = List.of(
                SavWriter.Var.numeric("a_long_variable_name").withMissing(-3, 90, 99, -1),
                SavWriter.Var.string("text", 12),
                SavWriter.Var.numeric("b").withLabels(java.util.Map.of(1.0, "low", 5.0, "high")));
        List<Object[]> rows = List.of(
                new Object[]{1.5, "abc", 1.0}, new Object[]{null, "", 5.0}, new Object[]{95.0, "twelve chars", 3.0});
        return SavWriter.write(vars, rows, compressed);
    }
}
