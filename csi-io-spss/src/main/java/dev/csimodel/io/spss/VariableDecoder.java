package dev.csimodel.io.spss;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns the raw dictionary into {@link SavVariable}s once the encoding (record 7.20) is known:
 * decodes names and labels, applies the long names of record 7.13 and folds the extra
 * segments of very long strings (record 7.14: a string wider than 255 bytes is stored as
 * segments of 252 bytes, each a variable of its own) into their first segment.
 */
final class VariableDecoder {

    /** Bytes of a very long string that one 255-byte segment holds. */
    private static final int SEGMENT = 252;

    private final SavCursor in;
    private final DictionaryReader dictionary;
    private final List<Integer> slots = new ArrayList<>();

    VariableDecoder(SavCursor in, DictionaryReader dictionary) {
        this.in = in;
        this.dictionary = dictionary;
    }

    List<SavVariable> decode() {
        Charset charset = dictionary.extensions().charset();
        Map<String, String> longNames = dictionary.extensions().longNames(charset);
        Map<String, String> widths = dictionary.extensions().veryLongStrings(charset);
        List<RawVariable> raw = dictionary.variables();
        List<SavVariable> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawVariable v = raw.get(i);
            String shortName = text(v.shortName, charset).toUpperCase(Locale.ROOT);
            String name = longNames.getOrDefault(shortName, text(v.shortName, charset));
            int width = v.type;
            String declared = widths.get(shortName);
            if (declared != null) {
                width = parseWidth(declared, shortName);
                i += (width + SEGMENT - 1) / SEGMENT - 1;
            }
            out.add(variable(v, name, width, charset));
            slots.add(v.slot);
        }
        return out;
    }

    /** @return the slot (0-based) of the {@code index}-th decoded variable */
    int slotOf(int index) {
        return slots.get(index);
    }

    private SavVariable variable(RawVariable v, String name, int width, Charset charset) {
        Optional<String> label = v.label == null ? Optional.empty() : Optional.of(text(v.label, charset));
        if (v.type != 0) {
            return new SavVariable(name, label, VariableType.STRING, width, new TreeMap<>(), MissingSpec.NONE);
        }
        TreeMap<Double, String> labels = new TreeMap<>();
        v.valueLabels.forEach((value, text) -> labels.put(value, text(text, charset)));
        return new SavVariable(name, label, VariableType.NUMERIC, 0, labels, missing(v));
    }

    /** Count 1-3: discrete codes; -2: range {@code [m0, m1]}; -3: that range plus code {@code m2}. */
    private static MissingSpec missing(RawVariable v) {
        double[] m = v.missing;
        return switch (v.missingCount) {
            case 0 -> MissingSpec.NONE;
            case -2 -> new MissingSpec(List.of(), OptionalDouble.of(m[0]), OptionalDouble.of(m[1]));
            case -3 -> new MissingSpec(List.of(m[2]), OptionalDouble.of(m[0]), OptionalDouble.of(m[1]));
            default -> {
                List<Double> codes = new ArrayList<>();
                for (double c : m) {
                    codes.add(c);
                }
                yield new MissingSpec(codes, OptionalDouble.empty(), OptionalDouble.empty());
            }
        };
    }

    private int parseWidth(String declared, String shortName) {
        try {
            int width = Integer.parseInt(declared);
            if (width > 0 && width <= 32767) {
                return width;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw in.error("very long string record (7.14) gives variable " + shortName + " the width '" + declared + "'");
    }

    private static String text(byte[] bytes, Charset charset) {
        return new String(bytes, charset).strip();
    }
}
