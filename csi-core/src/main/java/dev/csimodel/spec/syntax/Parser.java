package dev.csimodel.spec.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of the model syntax; only the grammar, no model semantics:
 *
 * <pre>
 * text      = { separator } { statement ( separator | END ) { separator } } END
 * separator = NEWLINE | ";"
 * statement = NAME operator [ mode ] term { "+" { NEWLINE } term }
 * operator  = "=~" | "&lt;~" | "~"
 * mode      = "[" ( "A" | "B" | "unit" ) "]"      (blocks only)
 * term      = NAME [ ":" NAME ]      (the product NAME:NAME only after "~")
 * </pre>
 *
 * Line breaks after a {@code +} continue the statement, as lavaan allows (Rosseel 2012).
 */
final class Parser {

    private static final String SEPARATOR = "'+', ';' or end of line";

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * @return the statements of {@code text} in the order written
     * @throws ModelSyntaxException at the first token that does not fit the grammar
     */
    static List<Statement> parse(String text) {
        return new Parser(Lexer.tokenize(text)).statements();
    }

    private List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        while (true) {
            while (peek().kind() == TokenKind.SEMICOLON || peek().kind() == TokenKind.NEWLINE) {
                pos++;
            }
            if (peek().kind() == TokenKind.END) {
                return statements;
            }
            statements.add(statement());
        }
    }

    private Statement statement() {
        Name lhs = name("a construct name");
        if (peek().kind() == TokenKind.COLON) {
            throw new ModelSyntaxException(peek().line(), peek().column(), "expected an operator ('=~', '<~' or '~')"
                    + " but found ':' (an interaction term can only be a predictor, on the right of '~')");
        }
        Token op = next();
        Statement.Kind kind = switch (op.kind()) {
            case MEASURE -> Statement.Kind.BLOCK_A;
            case COMPOSE -> Statement.Kind.BLOCK_B;
            case REGRESS -> Statement.Kind.PATH;
            default -> throw ModelSyntaxException.expected(op, "an operator ('=~', '<~' or '~')");
        };
        String what = kind == Statement.Kind.PATH ? "a construct name" : "an indicator name";
        Name mode = kind == Statement.Kind.PATH ? null : optionalMode();
        List<Name> rhs = new ArrayList<>();
        List<Statement.InteractionName> interactions = new ArrayList<>();
        term(kind, what, rhs, interactions);
        while (peek().kind() == TokenKind.PLUS) {
            Token plus = next();
            boolean continued = skipNewlines();
            Name term = term(kind, what, rhs, interactions);
            if (continued && peek().kind().isOperator()) {
                throw trailingPlus(plus, what, term);
            }
        }
        if (peek().kind() == TokenKind.COLON) {
            throw misplacedColon(kind);
        }
        if (!peek().kind().endsStatement()) {
            throw ModelSyntaxException.expected(peek(), SEPARATOR);
        }
        return new Statement(kind, lhs, rhs, mode, interactions);
    }

    /**
     * Reads a block's {@code [mode]} if one follows the operator.
     *
     * @return the mode word, or null when the block takes its operator's default
     */
    private Name optionalMode() {
        if (peek().kind() != TokenKind.LBRACKET) {
            return null;
        }
        next();
        Token word = next();
        if (word.kind() != TokenKind.NAME || BlockMode.fromWord(word.text()).isEmpty()) {
            throw ModelSyntaxException.expected(word, BlockMode.EXPECTED);
        }
        Token close = next();
        if (close.kind() != TokenKind.RBRACKET) {
            throw ModelSyntaxException.expected(close, "']' closing the outer mode");
        }
        return new Name(word.text(), word.line(), word.column());
    }

    /**
     * Reads one right-hand term into {@code rhs}, or, for a path statement, a product
     * {@code A:B} into {@code interactions}.
     *
     * @return the term's (first) name
     */
    private Name term(Statement.Kind kind, String what, List<Name> rhs, List<Statement.InteractionName> interactions) {
        Name first = name(what);
        if (kind != Statement.Kind.PATH || peek().kind() != TokenKind.COLON) {
            rhs.add(first);
            return first;
        }
        next();
        Name second = name("a construct name after ':'");
        if (peek().kind() == TokenKind.COLON) {
            throw new ModelSyntaxException(peek().line(), peek().column(), "expected " + SEPARATOR
                    + " but found ':' (an interaction term has two factors, A:B; three-way terms are not supported)");
        }
        interactions.add(new Statement.InteractionName(first, second));
        return first;
    }

    private ModelSyntaxException misplacedColon(Statement.Kind kind) {
        String why = kind == Statement.Kind.PATH ? ""
                : " (interaction terms A:B are predictors of a '~' statement, not indicators)";
        return new ModelSyntaxException(peek().line(), peek().column(), "expected " + SEPARATOR
                + " but found ':'" + why);
    }

    /** Reads a name; lavaan modifiers ({@code 0.5*x}, {@code a*x}) are reported where they start. */
    private Name name(String what) {
        Token t = next();
        boolean modifier = (t.kind() == TokenKind.NAME || t.kind() == TokenKind.NUMBER)
                && peek().kind() == TokenKind.STAR;
        if (modifier) {
            throw new ModelSyntaxException(t.line(), t.column(), "expected " + what
                    + " but found modifier '" + t.text() + "*' (lavaan modifiers are not supported)");
        }
        if (t.kind() != TokenKind.NAME) {
            throw ModelSyntaxException.expected(t, what);
        }
        return new Name(t.text(), t.line(), t.column());
    }

    /**
     * A {@code +} at the end of a line glued the next statement onto this one; point at the
     * {@code +}, which is the actual mistake, rather than at the next statement's operator.
     */
    private ModelSyntaxException trailingPlus(Token plus, String what, Name next) {
        return new ModelSyntaxException(plus.line(), plus.column(), "expected " + what
                + " after '+' but found the new statement '" + next.text() + " " + peek().text()
                + "' on line " + next.line() + " (remove the trailing '+')");
    }

    /** @return true if at least one line break was skipped */
    private boolean skipNewlines() {
        boolean skipped = false;
        while (peek().kind() == TokenKind.NEWLINE) {
            pos++;
            skipped = true;
        }
        return skipped;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != TokenKind.END) {
            pos++;
        }
        return t;
    }
}
