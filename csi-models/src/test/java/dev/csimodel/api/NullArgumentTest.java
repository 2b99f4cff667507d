package dev.csimodel.api;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.ipma.ImportancePerformance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Null arguments of csi-models' entry points name the parameter (issue #10 item 17). */
class NullArgumentTest {

    static Stream<Arguments> calls() {
        CsvDataReader csv = CsvDataReader.withDefaults();
        IndicatorScales scales = IndicatorScales.uniform(Scale.ONE_TO_TEN);
        List<String> cols = List.of("a");
        return Stream.of(
                arguments("CsvDataReader(null)", (Executable) () -> new CsvDataReader(null), "options"),
                arguments("header(null)", (Executable) () -> csv.header(null), "file"),
                arguments("read(null, cols)", (Executable) () -> csv.read((Path) null, cols), "file"),
                arguments("read(file, null)", (Executable) () -> csv.read(Path.of("x.csv"), null), "columns"),
                arguments("read(null reader)", (Executable) () -> csv.read(null, "src", cols), "in"),
                arguments("read(reader, null source)", (Executable) () -> csv.read(new StringReader("a\n1\n"), null, cols), "source"),
                arguments("readGrouped(null file)", (Executable) () -> csv.readGrouped((Path) null, cols, "g"), "file"),
                arguments("readGrouped(null file, chooser)", (Executable) () -> csv.readGrouped((Path) null, h -> cols, null), "file"),
                arguments("readGrouped(file, null chooser)", (Executable) () -> csv.readGrouped(Path.of("x.csv"),
                        (java.util.function.Function<List<String>, List<String>>) null, null), "columns"),
                arguments("fold(null file)", (Executable) () -> csv.fold((Path) null, h -> cols, null, null), "file"),
                arguments("fold(file, null fold)", (Executable) () -> csv.fold(Path.of("x.csv"), h -> cols, null, null), "fold"),
                arguments("fold(null stream)", (Executable) () -> csv.fold((java.io.InputStream) null, "s", h -> cols, null,
                        null), "in"),
                arguments("stream(null file)", (Executable) () -> csv.stream((Path) null, cols, null), "file"),
                arguments("stream(reader, null columns)", (Executable) () -> csv.stream(new StringReader("a\n"), "s", null, null), "columns"),
                arguments("CsiIndex.of(null, scales)", (Executable) () -> CsiIndex.of(null, scales), "fit"),
                arguments("CsiIndex.of(null weights, data)", (Executable) () -> CsiIndex.of(null,
                        dev.csimodel.data.DataTable.ofRows(cols, new double[][]{{1}})), "weights"),
                arguments("IndicatorScales.uniform(null)", (Executable) () -> IndicatorScales.uniform(null), "scale"),
                arguments("IndicatorScales.of(null)", (Executable) () -> IndicatorScales.of(null), "scales"),
                arguments("IndicatorScales.with(null, scale)", (Executable) () -> scales.with(null, Scale.ONE_TO_TEN), "indicator"),
                arguments("scaleOf(null)", (Executable) () -> scales.scaleOf(null), "indicator"),
                arguments("ImportancePerformance.constructs(null...)", (Executable) () -> ImportancePerformance.constructs(null, scales, "SAT"), "fit"),
                arguments("ImportancePerformance.indicators(null...)", (Executable) () -> ImportancePerformance.indicators(null, scales, "SAT"), "fit"),
                arguments("ImportancePerformance.of(null, drivers)", (Executable) () -> ImportancePerformance.of(null, List.of()), "target"),
                arguments("ImportancePerformance.of(target, null)", (Executable) () -> ImportancePerformance.of("SAT", null), "drivers"),
                arguments("ImportancePerformance.defaultTarget(null)", (Executable) () -> ImportancePerformance.defaultTarget(null), "model"),
                arguments("PriorityList.of(null)", (Executable) () -> dev.csimodel.models.ipma.PriorityList.of(null), "ipma"),
                arguments("Priority(rank, null, flag)", (Executable) () -> new dev.csimodel.models.ipma.Priority(1, null, false), "driver"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void nullIsASpecificationErrorNamingTheParameter(String what, Executable call, String parameter) {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, call, what);
        assertEquals("argument '" + parameter + "' must not be null", e.getMessage());
    }
}
