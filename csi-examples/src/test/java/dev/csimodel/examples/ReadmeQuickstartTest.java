package dev.csimodel.examples;

import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiles and runs the README's quickstart snippet, so the README cannot drift from the API. */
class ReadmeQuickstartTest {

    /** The README's Quickstart java block, exactly as printed (a whole compilation unit with its imports). */
    static String snippet() throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("## Quickstart.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "README.md has a ## Quickstart section with a java block");
        return m.group(1);
    }

    @Test
    void quickstartCompilesAsPrintedAndPrintsTheIndex() throws Exception {
        String source = snippet();
        assertTrue(source.contains("public class Quickstart"), "the README block declares class Quickstart");
        Path dir = Files.createTempDirectory("quickstart");
        Path file = dir.resolve("Quickstart.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, "-classpath", System.getProperty("java.class.path"),
                "-d", dir.toString(), file.toString());
        assertEquals(0, rc, () -> err.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("Quickstart").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        // plspm path scheme: VAL -> SAT 0.580032041527705, R2(SAT) 0.70227465017945,
        // seminr rhoA(SAT) 0.905994574228147, plspm index SAT 68.5022363557973.
        assertEquals("VAL -> SAT 0.580, R2 0.702, rhoA 0.906, SAT index 68.5",
                out.toString(StandardCharsets.UTF_8).trim());
    }
}
