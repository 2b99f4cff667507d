package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.models.index.Scale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --scale MIN:MAX} (e.g. {@code 1:10}) into a questionnaire {@link Scale}. */
final class ScaleConverter implements ITypeConverter<Scale> {

    @Override
    public Scale convert(String value) {
        String[] parts = value.split(":", -1);
        if (parts.length != 2) {
            throw new TypeConversionException("'" + value + "' is not MIN:MAX (e.g. 1:10)");
        }
        try {
            return Scale.of(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not MIN:MAX with two numbers (e.g. 1:10)");
        } catch (CsiSpecificationException e) {
            throw new TypeConversionException("'" + value + "': " + e.getMessage());
        }
    }
}
