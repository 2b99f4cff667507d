package dev.csimodel.data.missing;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several missing-value codes at once, and the rule that flags codes left in the data. */
class MissingCodesTest {

    private static DataTable table(double[]... columns) {
        String[] names = {"a", "b", "c", "d"};
        return DataTable.ofColumns(List.of(names).subList(0, columns.length), columns);
    }

    @Test
    void recodesSeveralCodesAsNumbers() {
        DataTable t = MissingValues.recode(table(new double[] {-99.0, -98, 3, -9.9e1}), -99, -98);
        assertEquals(3, MissingValues.count(t, "a"));
        assertEquals(3.0, t.value(2, "a"), 0);
    }

    @Test
    void nullArgumentsAndNonFiniteCodesAreNamed() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> MissingValues.recode(null, -99));
        assertTrue(e.getMessage().contains("table"), e.getMessage());
        e = assertThrows(CsiSpecificationException.class,
                () -> MissingValues.recode(table(new double[] {1, 2}), Double.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void suspectCodesFollowTheDocumentedRule() {
        double[] coded = {1, 2, 3, 10, 5, -99, -99, 999, 999, 999, 9, 9};
        double[] once = {1, 2, 3, 4, -99, 5, 6, 7, 1, 2, 3, 4};
        double[] scale = {-3, -3, -2, 0, 1, 3, 3, 2, 1, 0, -1, -2};
        double[] nines = {1, 2, 3, 99, 99, 7, 1, 2, 3, 4, 5, Double.NaN};
        List<SuspectMissingCode> found = MissingValues.suspectCodes(table(coded, once, scale, nines),
                List.of("a", "b", "c", "d"));
        assertEquals(List.of(new SuspectMissingCode("a", -99, 2), new SuspectMissingCode("a", 999, 3),
                new SuspectMissingCode("d", 99, 2)), found);
    }
}
