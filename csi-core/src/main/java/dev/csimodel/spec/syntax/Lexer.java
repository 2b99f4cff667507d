package dev.csimodel.spec.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits model syntax text into tokens. Never fails: characters it cannot use become
 * {@link TokenKind#ILLEGAL} tokens, so the parser reports errors in text order with what it
 * expected at that point.
 *
 * <p>Lexical rules: a name starts with a letter (any script), {@code _} or a {@code .} not
 * followed by a digit, and goes on with letters, digits, combining marks, {@code _} and
 * {@code .}; {@code #} and {@code !} start a comment to the end of the line (as in lavaan,
 * Rosseel 2012); {@code \n}, {@code \r\n} and {@code \r} end a line; other white space only
 * separates tokens.
 */
final class Lexer {

    private static final String OPERATOR_CHARS = "=~<>:|-";
    private static final int BYTE_ORDER_MARK = 0xFEFF;

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int column = 1;

    private Lexer(String text) {
        this.text = text;
    }

    /** @return the tokens of {@code text}, always ending with one {@link TokenKind#END} */
    static List<Token> tokenize(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.tokens;
    }

    /** @return true if {@code s} is a single name token, i.e. can be written without change */
    static boolean isName(String s) {
        if (s.isEmpty() || !isNameStart(s, 0)) {
            return false;
        }
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (!isNamePart(s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void run() {
        if (!text.isEmpty() && text.codePointAt(0) == BYTE_ORDER_MARK) {
            pos = 1;
        }
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            if (cp == '\n' || cp == '\r') {
                newline(cp);
            } else if (cp == '#' || cp == '!') {
                skipComment();
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                advance();
            } else {
                tokens.add(token(cp));
            }
        }
        tokens.add(new Token(TokenKind.END, "", line, column));
    }

    private void newline(int cp) {
        tokens.add(new Token(TokenKind.NEWLINE, "", line, column));
        pos++;
        if (cp == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
        column = 1;
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            advance();
        }
    }

    private Token token(int cp) {
        int startPos = pos;
        int startColumn = column;
        TokenKind kind;
        if (Character.isDigit(cp) || cp == '.' && startsDigit(pos + 1)) {
            advanceWhile(Lexer::isNamePart);
            kind = TokenKind.NUMBER;
        } else if (isNameStart(text, pos)) {
            advanceWhile(Lexer::isNamePart);
            kind = TokenKind.NAME;
        } else if (OPERATOR_CHARS.indexOf(cp) >= 0) {
            advanceWhile(c -> OPERATOR_CHARS.indexOf(c) >= 0);
            kind = operatorKind(text.substring(startPos, pos));
        } else {
            advance();
            kind = single(cp);
        }
        return new Token(kind, text.substring(startPos, pos), line, startColumn);
    }

    private static TokenKind operatorKind(String op) {
        return switch (op) {
            case "=~" -> TokenKind.MEASURE;
            case "<~" -> TokenKind.COMPOSE;
            case "~" -> TokenKind.REGRESS;
            case ":" -> TokenKind.COLON;
            default -> TokenKind.UNKNOWN_OPERATOR;
        };
    }

    private static TokenKind single(int cp) {
        return switch (cp) {
            case '+' -> TokenKind.PLUS;
            case ';' -> TokenKind.SEMICOLON;
            case '*' -> TokenKind.STAR;
            case '[' -> TokenKind.LBRACKET;
            case ']' -> TokenKind.RBRACKET;
            default -> TokenKind.ILLEGAL;
        };
    }

    private void advance() {
        pos += Character.charCount(text.codePointAt(pos));
        column++;
    }

    private void advanceWhile(IntPredicate accept) {
        advance();
        while (pos < text.length() && accept.test(text.codePointAt(pos))) {
            advance();
        }
    }

    private boolean startsDigit(int at) {
        return at < text.length() && Character.isDigit(text.codePointAt(at));
    }

    private static boolean isNameStart(String s, int at) {
        int cp = s.codePointAt(at);
        if (cp == '.') {
            int next = at + 1;
            return next >= s.length() || !Character.isDigit(s.codePointAt(next));
        }
        return Character.isLetter(cp) || cp == '_';
    }

    private static boolean isNamePart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '.'
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
