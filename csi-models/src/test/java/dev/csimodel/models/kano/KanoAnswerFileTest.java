package dev.csimodel.models.kano;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KanoAnswerFileTest {

    private static List<KanoResponses> read(String text) {
        return KanoAnswerFile.read(new StringReader(text), "k.csv");
    }

    private static String failure(String text) {
        return assertThrows(CsiDataException.class, () -> read(text)).getMessage();
    }

    /**
     * Berger et al. (1993) table: (like, dislike) is one-dimensional, (like, neutral) attractive,
     * (neutral, dislike) must-be, (neutral, neutral) indifferent.
     */
    @Test
    void pairsAreClassifiedByTheEvaluationTable() {
        List<KanoResponses> attributes = read("""
                id,speed_f,price_f,speed_d,price_d
                1,1,3,5,5
                2,like,neutral,neutral,dislike
                3,1,,5,3

                4,3,3,3,3
                """);
        assertEquals(List.of("speed", "price"), attributes.stream().map(KanoResponses::attribute).toList());
        KanoCounts speed = KanoCounts.of(attributes.get(0));
        assertEquals(2, speed.oneDimensional());
        assertEquals(1, speed.attractive());
        assertEquals(1, speed.indifferent());
        KanoResponses price = attributes.get(1);
        assertEquals(3, price.size());   // respondent 3 left the functional question blank
        assertEquals(2, KanoCounts.of(price).mustBe());
    }

    @Test
    void badAnswersAndColumnsAreNamed() {
        String m = failure("speed_f,speed_d\n1,5\n7,5\n");
        assertEquals("k.csv, line 3, column 1: ", m.substring(0, "k.csv, line 3, column 1: ".length()));
        assertEquals("k.csv, line 1: column 'speed_f' has no partner 'speed_d' for the dysfunctional question",
                failure("speed_f,price_d\n1,5\n"));
        assertEquals("k.csv, line 1: no answer columns; name them <attribute>_f and <attribute>_d",
                failure("a,b\n1,2\n"));
        assertEquals("k.csv: no respondent answered both questions of attribute 'speed'",
                failure("speed_f,speed_d\n1,\n"));
    }
}
