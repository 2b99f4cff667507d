package dev.csimodel.cli;

import dev.csimodel.moderation.InteractionMethod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The {@code --interaction} values, seminr's method names with hyphens (see {@link InteractionMethod}). */
enum InteractionOption {
    TWO_STAGE("two-stage", InteractionMethod.TWO_STAGE),
    PRODUCT_INDICATOR("product-indicator", InteractionMethod.PRODUCT_INDICATOR),
    ORTHOGONAL("orthogonal", InteractionMethod.ORTHOGONAL);

    private final String label;
    private final InteractionMethod method;

    InteractionOption(String label, InteractionMethod method) {
        this.label = label;
        this.method = method;
    }

    InteractionMethod method() {
        return method;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Reads {@code two-stage}, {@code product-indicator} or {@code orthogonal} (any case). */
    static final class Converter implements ITypeConverter<InteractionOption> {
        @Override
        public InteractionOption convert(String value) {
            return Arrays.stream(values()).filter(o -> o.label.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not an interaction method; use "
                            + Arrays.stream(values()).map(InteractionOption::toString).collect(Collectors.joining(", "))));
        }
    }
}
