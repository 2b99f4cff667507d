package dev.csimodel.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The README's package table lists exactly the packages of the library modules, each with the
 * module that holds it, so a user looking for a class (say {@code BundledData}) finds its package.
 */
class PackageMapTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern ROW = Pattern.compile("^\\| `(dev\\.csimodel[a-z.]*)` \\| (csi-[a-z-]+) \\|", Pattern.MULTILINE);

    @Test
    void readmeTableListsEveryLibraryPackageWithItsModule() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (String module : new String[]{"csi-core", "csi-models", "csi-io-spss", "csi-io-excel", "csi-io-jdbc", "csi-io-parquet", "csi-analysis", "csi-report"}) {
            packagesOf(module).forEach(p -> actual.put(p, module));
        }
        Map<String, String> listed = new TreeMap<>();
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            listed.put(m.group(1), m.group(2));
        }
        assertEquals(actual, listed);
    }

    private static Stream<String> packagesOf(String module) throws IOException {
        Path src = ROOT.resolve(module).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> src.relativize(f.getParent()).toString().replace('/', '.'))
                    .distinct().sorted().toList().stream();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
