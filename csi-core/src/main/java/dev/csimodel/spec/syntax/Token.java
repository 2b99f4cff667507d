package dev.csimodel.spec.syntax;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A token of the model syntax and where it starts.
 *
 * @param kind   lexical class
 * @param text   the characters of the token (empty for {@link TokenKind#NEWLINE} and {@link TokenKind#END})
 * @param line   1-based line
 * @param column 1-based column in code points
 */
record Token(TokenKind kind, String text, int line, int column) {

    private static final Pattern NUMERIC = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([eE]\\d+)?");

    /**
     * Why lavaan operators we do not support are there, so the user learns what to write instead
     * (operator list from Rosseel 2012, table 1).
     */
    private static final Map<String, String> OPERATOR_HINTS = Map.of(
            "~~", " (lavaan (co)variances are not part of a PLS path model)",
            "=", " (write '=~' for a common factor, '<~' for a composite)",
            ":=", " (lavaan defined parameters are not supported)",
            "==", " (lavaan constraints are not supported)",
            "<", " (lavaan constraints are not supported)",
            ">", " (lavaan constraints are not supported)",
            "|", " (lavaan thresholds are not supported)",
            "->", " (write a path as 'TARGET ~ SOURCE')",
            "<-", " (write a path as 'TARGET ~ SOURCE')");

    /** @return the token as it should appear after "but found" in an error message */
    String describe() {
        return switch (kind) {
            case NAME, MEASURE, COMPOSE, REGRESS, PLUS, SEMICOLON, LBRACKET, RBRACKET, COLON -> quoted();
            case NUMBER -> NUMERIC.matcher(text).matches() ? "number " + quoted()
                    : quoted() + " (a name must start with a letter, '_' or '.')";
            case STAR -> "'*' (lavaan modifiers such as 0.5*x are not supported)";
            case UNKNOWN_OPERATOR -> "unknown operator " + quoted() + OPERATOR_HINTS.getOrDefault(text, "");
            case ILLEGAL -> describeIllegal();
            case NEWLINE -> "end of line";
            case END -> "end of input";
        };
    }

    private String quoted() {
        return "'" + text + "'";
    }

    private String describeIllegal() {
        int cp = text.codePointAt(0);
        String code = String.format("U+%04X", cp);
        boolean printable = !Character.isISOControl(cp) && Character.isDefined(cp)
                && !Character.isSurrogate(text.charAt(0));
        return "illegal character " + (printable ? quoted() + " (" + code + ")" : code);
    }
}
