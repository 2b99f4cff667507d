package dev.csimodel.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line over a generated grid of malformed inputs and options (every command): never
 * a stack trace, exit 0 or 2 (1 would be an internal error, never the answer to bad input), every
 * input file byte-identical afterwards, and no NaN or Infinity in any output.
 */
class CliRobustnessGridTest {

    private static final String ECSI_MAP = "IMAG=imag1,imag2,imag3,imag4,imag5;EXPE=expe1,expe2,expe3,expe4,expe5;"
            + "QUAL=qual1,qual2,qual3,qual4,qual5;VAL=val1,val2,val3,val4;SAT=sat1,sat2,sat3,sat4;LOY=loy1,loy2,loy3,loy4";
    private static final int ROWS = 80;

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyCaseKeepsTheInvariants() throws IOException {
        Map<String, Path> data = dataFiles();
        Map<String, Path> models = modelFiles();
        Path good = data.get("good");
        Path model = models.get("bank");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Path> d : data.entrySet()) {
            for (String[] options : options(d.getValue(), model)) {
                String[] args = concat(new String[] {"estimate", "--data", d.getValue().toString(), "--model", model.toString()},
                        options);
                tests.add(test("estimate " + d.getKey() + " " + String.join(" ", options), args));
            }
            tests.add(test("model " + d.getKey(), "model", "ecsi", "--data", d.getValue().toString(), "--map", ECSI_MAP,
                    "--scale", "0:10"));
            tests.add(test("compare " + d.getKey(), "compare", "--data", d.getValue().toString(), "--model", model.toString(),
                    "--model", models.get("small").toString()));
        }
        for (Map.Entry<String, Path> m : models.entrySet()) {
            for (String[] options : List.of(new String[0], new String[] {"--streaming"}, new String[] {"--format", "json"})) {
                tests.add(test("model file " + m.getKey() + " " + String.join(" ", options),
                        concat(new String[] {"estimate", "--data", good.toString(), "--model", m.getValue().toString()}, options)));
            }
            tests.add(test("compare model file " + m.getKey(), "compare", "--data", good.toString(), "--model",
                    model.toString(), "--model", m.getValue().toString()));
        }
        for (String[] bad : commandLineMistakes(good, model)) {
            tests.add(test("command line " + String.join(" ", bad), bad));
        }
        return tests.stream();
    }

    private static DynamicTest test(String name, String... args) {
        return DynamicTest.dynamicTest(name, () -> check(args));
    }

    private static void check(String... args) throws IOException {
        Map<Path, String> before = hashes();
        CliRun r = CliRun.run(args);
        String all = r.out() + r.err() + outputFiles();
        assertTrue(r.exitCode() == 0 || r.exitCode() == 2, r::toString);
        assertFalse(all.contains("\tat ") || all.contains("Exception in thread"), r::toString);
        assertFalse(all.contains("NaN") || all.contains("Infinity"), r::toString);
        assertEquals(before, hashes(), () -> "an input changed: " + r);
        if (r.exitCode() == 2) {
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("csi: ")), r::toString);
        }
        try (Stream<Path> outs = Files.list(dir.resolve("out"))) {
            for (Path p : outs.toList()) {
                Files.delete(p);
            }
        }
    }

    private static String[][] options(Path data, Path model) {
        String out = dir.resolve("out").resolve("report.txt").toString();
        return new String[][] {{}, {"--format", "json"}, {"--format", "html"}, {"--format", "pdf"},
                {"--scale", "0:10"}, {"--scale", "1:10"}, {"--scale", "10:1"}, {"--scale", "abc"}, {"--scale", "0:10", "--group", "gender"},
                {"--group", "gender"}, {"--group", "nosuch"}, {"--group", "gender", "--segment-weights", "pooled", "--scale", "0:10"},
                {"--missing", "NA", "--missing-strategy", "listwise"}, {"--missing", "NA", "--missing-strategy", "mean"},
                {"--missing", "NA", "--missing-strategy", "pairwise"}, {"--missing-strategy", "listwise", "--streaming"},
                {"--delimiter", ";"}, {"--delimiter", "::"}, {"--weights", "imag1"}, {"--weights", "nosuch"}, {"--weights", "w"},
                {"--streaming"}, {"--streaming", "--scale", "0:10", "--group", "gender"}, {"--consistent"}, {"--consistent", "--strict"},
                {"--scheme", "centroid"}, {"--bootstrap", "8", "--seed", "3", "--threads", "1"},
                {"--bootstrap", "8", "--scale", "0:10", "--ci", "basic", "--threads", "1"},
                {"--bootstrap", "0"}, {"--bootstrap", "abc"}, {"--bootstrap", "-1"}, {"--bootstrap", "50000000"},
                {"--bootstrap", "8", "--threads", "0"}, {"--bootstrap", "8", "--threads", "x"}, {"--seed", "abc"},
                {"--tolerance", "1e-3"}, {"--ci", "bca"}, {"--threads", "2"},
                {"--output", data.toString()}, {"--output", model.toString()}, {"--output", out},
                {"--output", out, "--format", "json", "--scale", "0:10"}, {"--unknown"}};
    }

    private static List<String[]> commandLineMistakes(Path data, Path model) {
        String d = data.toString();
        String m = model.toString();
        return List.of(new String[0], new String[] {"frobnicate"}, new String[] {"estimate"}, new String[] {"estimate", "--data", d},
                new String[] {"estimate", "--help"}, new String[] {"model", "--help"}, new String[] {"compare", "--help"},
                new String[] {"demo", "--help"}, new String[] {"--version"}, new String[] {"demo", "--format", "json"},
                new String[] {"demo", "--output", dir.resolve("out").resolve("demo.html").toString(), "--format", "html"}, new String[] {"model", "nosuch", "--data", d, "--map", ECSI_MAP},
                new String[] {"model", "ecsi", "--data", d, "--map", "SAT sat1"},
                new String[] {"model", "ecsi", "--data", d, "--map", ECSI_MAP, "--output", d},
                new String[] {"compare", "--data", d, "--model", m}, new String[] {"compare", "--data", d, "--model", m, "--model", m,
                        "--output", m}, new String[] {"estimate", "--data", dir.resolve("nothere.csv").toString(), "--model", m},
                new String[] {"estimate", "--data", d, "--model", dir.resolve("nothere.model").toString()},
                new String[] {"estimate", "--data", dir.toString(), "--model", m}, new String[] {"estimate", "--data", d, "--model", m,
                        "--output", dir.resolve("no").resolve("dir.txt").toString()},
                new String[] {"estimate", "--data", d, "--model", m, "--output", dir.toString()});
    }

    private static Map<String, Path> dataFiles() throws IOException {
        List<String> bank = Files.readAllLines(Path.of(CliRun.bankData()), StandardCharsets.UTF_8).subList(0, ROWS + 1);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("good", join(bank));
        texts.put("empty", "");
        texts.put("header only", bank.get(0) + "\n");
        texts.put("missing column", join(bank).replace("\"imag1\"", "\"imagX\""));
        texts.put("bad cell", join(replaceCell(bank, 5, "eight")));
        texts.put("empty cell", join(replaceCell(bank, 7, "")));
        texts.put("NA cell", join(replaceCell(bank, 9, "NA")));
        texts.put("out of scale", join(replaceCell(bank, 11, "99")));
        texts.put("semicolons", join(bank).replace(',', ';'));
        texts.put("ragged", join(bank).replaceFirst("\n(\\d+),", "\n$1,1,"));
        texts.put("open quote", join(bank).replaceFirst("\n(\\d+),", "\n\"$1,"));
        texts.put("constant column", join(constant(bank)));
        texts.put("duplicate header", join(bank).replaceFirst("\"imag2\"", "\"imag1\""));
        texts.put("two rows", join(bank.subList(0, 3)));
        texts.put("weights", join(withWeights(bank)));
        Map<String, Path> files = new LinkedHashMap<>();
        Files.createDirectories(dir.resolve("out"));
        int i = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            files.put(e.getKey(), Files.writeString(dir.resolve("data" + i++ + ".csv"), e.getValue()));
        }
        files.put("latin1", Files.write(dir.resolve("latin1.csv"), join(replaceCell(bank, 4, "8\u00e9")).getBytes(StandardCharsets.ISO_8859_1)));
        files.put("binary", Files.write(dir.resolve("binary.csv"), new byte[] {0, 1, 2, (byte) 0xff, 10, 0, 44, 13}));
        return files;
    }

    private static Map<String, Path> modelFiles() throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("bank", Files.copy(Path.of(CliRun.bankModel()), dir.resolve("bank.model")));
        files.put("small", Files.writeString(dir.resolve("small.model"), "IMAG =~ imag1 + imag2\nSAT =~ sat1 + sat2\nLOY =~ loy1\n"
                + "SAT ~ IMAG\nLOY ~ SAT\n"));
        files.put("empty", Files.writeString(dir.resolve("empty.model"), ""));
        files.put("syntax", Files.writeString(dir.resolve("syntax.model"), "IMAG ~= imag1\n"));
        files.put("hoc", Files.writeString(dir.resolve("hoc.model"), "IMAG =~ imag1\nSAT =~ sat1\nHOC =~ IMAG + SAT\nHOC ~ IMAG\n"));
        files.put("cycle", Files.writeString(dir.resolve("cycle.model"), "A =~ imag1\nB =~ sat1\nA ~ B\nB ~ A\n"));
        files.put("no column", Files.writeString(dir.resolve("nocol.model"), "A =~ nosuch\nB =~ sat1\nB ~ A\n"));
        files.put("latin1", Files.write(dir.resolve("latin1.model"), "A =~ imag1\n# \u00e9\nB =~ sat1\nB ~ A\n"
                .getBytes(StandardCharsets.ISO_8859_1)));
        return files;
    }

    private static List<String> replaceCell(List<String> lines, int line, String cell) {
        List<String> out = new ArrayList<>(lines);
        out.set(line, out.get(line).replaceFirst("^[^,]*,", cell + ","));
        return out;
    }

    private static List<String> constant(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 1; i < out.size(); i++) {
            out.set(i, out.get(i).replaceFirst("^[^,]*,", "5,"));
        }
        return out;
    }

    private static List<String> withWeights(List<String> lines) {
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",\"w\"");
        for (int i = 1; i < lines.size(); i++) {
            out.add(lines.get(i) + "," + (i % 3 == 0 ? "0.5" : "1.5"));
        }
        return out;
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String outputFiles() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> outs = Files.list(dir.resolve("out"))) {
            for (Path p : outs.toList()) {
                text.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private static Map<Path, String> hashes() throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.put(p, sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
