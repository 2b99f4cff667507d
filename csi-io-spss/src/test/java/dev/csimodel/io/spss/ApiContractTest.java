package dev.csimodel.io.spss;

import dev.csimodel.CsiSpecificationException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Null arguments name the parameter; missing specs match exactly what they declare. */
class ApiContractTest {

    @Test
    void nullArgumentsAreSpecificationErrorsNamingTheParameter() throws Exception {
        SavFile sav = SavFile.read(RealSavFileTest.resource("satisfaction.sav"));
        assertNamed("path", () -> SavFile.read((Path) null));
        assertNamed("name", () -> sav.variable(null));
        assertNamed("column", () -> sav.labelledRange(null));
        assertNamed("columns", () -> sav.numericColumns(null));
        assertNamed("codes", () -> new MissingSpec(null, OptionalDouble.empty(), OptionalDouble.empty()));
        assertNamed("name", () -> new SavVariable(null, Optional.empty(), VariableType.NUMERIC, 0, new TreeMap<>(), MissingSpec.NONE));
        assertNamed("valueLabels", () -> new SavVariable("x", Optional.empty(), VariableType.NUMERIC, 0, null, MissingSpec.NONE));
    }

    @Test
    void missingSpecsMatchCodesAndClosedRangesOnly() {
        MissingSpec lo = new MissingSpec(List.of(), OptionalDouble.of(-Double.MAX_VALUE), OptionalDouble.of(0));
        assertTrue(lo.isMissing(0));
        assertTrue(lo.isMissing(-1e300));
        assertFalse(lo.isMissing(1e-9));
        MissingSpec rangeAndCode = new MissingSpec(List.of(-1.0), OptionalDouble.of(97), OptionalDouble.of(99));
        assertTrue(rangeAndCode.isMissing(-1) && rangeAndCode.isMissing(97) && rangeAndCode.isMissing(98.5));
        assertFalse(rangeAndCode.isMissing(96.999) || rangeAndCode.isMissing(0));
        assertTrue(MissingSpec.NONE.isEmpty());
        assertFalse(MissingSpec.NONE.isMissing(-99));
        assertThrows(CsiSpecificationException.class, () -> new MissingSpec(List.of(), OptionalDouble.of(1), OptionalDouble.empty()));
    }

    private static void assertNamed(String parameter, org.junit.jupiter.api.function.Executable call) {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, call);
        assertEquals("argument '" + parameter + "' must not be null", e.getMessage());
    }
}
