package dev.csimodel.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text report for an analyst: indices and priorities first, then paths in declaration order. */
class AnalystTextReportTest {

    @Test
    void indicesAndPrioritiesComeBeforeThePaths() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10");
        assertEquals(0, r.exitCode(), r::toString);
        String out = r.out();
        int indices = out.indexOf("Indices (0-100, questionnaire scale 0 to 10)");
        int explanation = out.indexOf("An index is a construct's score on 0-100");
        int priorities = out.indexOf("What to fix first: drivers of LOY by impact");
        int paths = out.indexOf("Path coefficients");
        int reliability = out.indexOf("Reliability and convergent validity");
        assertTrue(indices >= 0 && indices < explanation && explanation < priorities && priorities < paths
                && paths < reliability, out);
    }

    @Test
    void withoutAScaleThePathsComeFirst() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().indexOf("Path coefficients") < r.out().indexOf("Constructs"), r::toString);
        assertTrue(!r.out().contains("What to fix first"), r::toString);
    }

    @Test
    void pathsAreListedInDeclarationOrder() {
        // ecsi-bank.model declares EXPE ~ IMAG, QUAL ~ EXPE, VAL ~ EXPE + QUAL,
        // SAT ~ IMAG + EXPE + QUAL + VAL, LOY ~ IMAG + SAT
        List<String> declared = List.of("IMAG->EXPE", "EXPE->QUAL", "EXPE->VAL", "QUAL->VAL", "IMAG->SAT", "EXPE->SAT",
                "QUAL->SAT", "VAL->SAT", "IMAG->LOY", "SAT->LOY");
        for (String[] args : List.of(new String[] {"--scale", "0:10"}, new String[] {"--bootstrap", "20"})) {
            CliRun r = run(concat(new String[] {"estimate", "--data", bankData(), "--model", bankModel()}, args));
            assertEquals(0, r.exitCode(), r::toString);
            String section = r.out().substring(r.out().indexOf("Path coefficients"));
            section = section.substring(0, section.indexOf("Signif. codes"));
            Matcher m = Pattern.compile("(?m)^\\s+(\\w+)\\s+->\\s+(\\w+)\\s").matcher(section);
            List<String> found = new java.util.ArrayList<>();
            while (m.find()) {
                if (!m.group(1).equals("from")) { // the header row
                    found.add(m.group(1) + "->" + m.group(2));
                }
            }
            assertEquals(declared, found, section);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
