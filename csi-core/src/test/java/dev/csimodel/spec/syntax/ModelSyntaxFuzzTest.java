package dev.csimodel.spec.syntax;

import dev.csimodel.CsiException;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded random mutations of valid texts: every mutant must either parse (and then survive a
 * format/parse round trip) or fail with a {@link CsiException} - never with another exception,
 * never by hanging.
 */
class ModelSyntaxFuzzTest {

    private static final long SEED = 20240605L;
    private static final int MUTANTS = 6000;

    /** Characters the grammar cares about, plus some it must reject or treat as letters. */
    private static final String ALPHABET = "=~<>:|-+*;#!.\n\r\t _()@$\"'059aAzZ顾满\u3000\uFEFF\u0301"
            + "\uD835\uDD38\uD800\u0007";

    private static final List<String> SEEDS = List.of(
            EcsiModels.ECSI_TEXT,
            "顾客满意度 =~ 满意1 + 满意2\n顾客忠诚度 <~ 忠诚1 +\n  忠诚2 # c\n顾客忠诚度 ~ 顾客满意度\n",
            "A =~ a; B =~ b ; C =~ c\r\nC ~ A + B; B ~ A ! comment\n",
            "SAT =~ s1 + s2");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutantsParseOrFailWithCsiExceptions() {
        Random random = new Random(SEED);
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String text = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            try {
                PathModel model = ModelSyntax.parse(text);
                assertEquals(model, ModelSyntax.parse(ModelSyntax.format(model)), text);
                parsed++;
            } catch (ModelSyntaxException e) {
                assertTrue(e.line() >= 1 && e.line() <= lineCount(text), e.getMessage());
                assertTrue(e.column() >= 1 && e.column() <= text.length() + 1, e.getMessage());
                rejected++;
            } catch (CsiException e) {
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutant #" + i + " threw " + e + " on text:\n" + text, e);
            }
        }
        // both outcomes must occur, or the mutations would not be testing anything
        assertTrue(parsed > MUTANTS / 20, "parsed " + parsed);
        assertTrue(rejected > MUTANTS / 2, "rejected " + rejected);
    }

    private static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(sb.length() + 1);
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, c);
                case 1 -> deleteAt(sb, at);
                case 2 -> replaceAt(sb, at, c);
                default -> duplicateSpan(sb, at, random);
            }
        }
        return sb.toString();
    }

    private static void deleteAt(StringBuilder sb, int at) {
        if (at < sb.length()) {
            sb.deleteCharAt(at);
        }
    }

    private static void replaceAt(StringBuilder sb, int at, char c) {
        if (at < sb.length()) {
            sb.setCharAt(at, c);
        } else {
            sb.append(c);
        }
    }

    private static void duplicateSpan(StringBuilder sb, int at, Random random) {
        int end = Math.min(sb.length(), at + random.nextInt(12));
        sb.insert(at, sb.substring(at, end));
    }

    /** Lines as the lexer counts them: \r\n, \r and \n each end one. */
    private static int lineCount(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length;
    }
}
