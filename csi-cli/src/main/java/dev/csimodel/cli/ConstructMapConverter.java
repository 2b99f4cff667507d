package dev.csimodel.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code --map} text binding constructs to columns: {@code SAT=sat1,sat2,sat3;CE=ce1,ce2}
 * (constructs separated by {@code ;}, columns by {@code ,}; blanks around names ignored).
 */
final class ConstructMapConverter implements ITypeConverter<ConstructMapConverter.ConstructMap> {

    /** The parsed binding: construct to its columns, in the order written. */
    record ConstructMap(Map<String, List<String>> bindings) {
    }


    @Override
    public ConstructMap convert(String value) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String binding : value.split(";")) {
            if (binding.isBlank()) {
                continue;
            }
            int eq = binding.indexOf('=');
            if (eq < 0) {
                throw new TypeConversionException("'" + binding.strip() + "' is not CONSTRUCT=column,column,...");
            }
            String construct = binding.substring(0, eq).strip();
            List<String> columns = new ArrayList<>();
            Arrays.stream(binding.substring(eq + 1).split(",")).map(String::strip).forEach(columns::add);
            if (construct.isEmpty() || columns.stream().anyMatch(String::isEmpty)) {
                throw new TypeConversionException("'" + binding.strip() + "' has an empty construct or column name");
            }
            if (out.put(construct, List.copyOf(columns)) != null) {
                throw new TypeConversionException("construct '" + construct + "' is mapped twice");
            }
        }
        if (out.isEmpty()) {
            throw new TypeConversionException("no construct is mapped (expected e.g. SAT=sat1,sat2;CE=ce1,ce2)");
        }
        return new ConstructMap(Collections.unmodifiableMap(out));
    }
}
