package dev.csimodel.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --delimiter}: one character, or {@code tab} / {@code \t} for a tab (hard to type in a shell). */
final class DelimiterConverter implements ITypeConverter<Character> {

    @Override
    public Character convert(String value) {
        if (value.equals("tab") || value.equals("\\t")) {
            return '\t';
        }
        if (value.length() != 1) {
            throw new TypeConversionException("'" + value + "' is not a single character (use 'tab' for a tab)");
        }
        return value.charAt(0);
    }
}
