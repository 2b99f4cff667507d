package dev.csimodel.spec.syntax;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;

/**
 * A lavaan-style text syntax for {@link PathModel}s (after the lavaan model syntax, Rosseel 2012,
 * J. Stat. Softw. 48(2), section 4), restricted to what a PLS path model holds:
 *
 * <pre>
 * # ECSI, bank sector (abridged)
 * IMAG =~ imag1 + imag2 + imag3      # common factor IMAG, Mode A
 * VAL  &lt;~ val1 + val2                # composite VAL, Mode B
 * EXPE &lt;~ [A] expe1 + expe2          # composite EXPE, Mode A
 * QUAL &lt;~ [unit] qual1 + qual2       # composite QUAL, unit weights
 * SAT  =~ sat1 +                     # a line ending in '+'
 *         sat2 + sat3                # goes on on the next line
 * VAL ~ IMAG; SAT ~ IMAG + VAL       # paths IMAG -&gt; VAL; IMAG, VAL -&gt; SAT
 * QUAL ~ EXPE; SAT ~ QUAL            # paths EXPE -&gt; QUAL; QUAL -&gt; SAT
 * LOY ~ SAT + VAL + SAT:VAL          # an interaction term (moderation), main effects required
 * </pre>
 *
 * <p>The block operator declares the construct's type as lavaan and cSEM do: {@code =~} a common
 * factor, {@code <~} a composite (only consistent PLS treats the two differently). The outer mode
 * follows cSEM's default for that type, Mode A for {@code =~} and Mode B for {@code <~}, unless
 * {@code [A]}, {@code [B]} or {@code [unit]} follows the operator. Text written before modes could
 * be given means what it meant: {@code =~} Mode A (corrected by PLSc), {@code <~} Mode B.
 *
 * <p>Constructs are declared in the order their blocks appear and paths are added in the order
 * written; a path may name a construct whose block comes later in the text. Names are letters
 * (any script, so {@code 顾客满意度} is a name), digits, {@code _} and {@code .}, starting with a
 * letter, {@code _} or a {@code .} not followed by a digit. Comments start with {@code #} or
 * {@code !}. A block whose right-hand side names constructs declares a higher-order construct
 * with those dimensions ({@code QV =~ QUAL + VAL}, Mode A on its dimensions; {@code <~} for
 * Mode B); see {@link dev.csimodel.spec.PathModel} for its rules. lavaan modifiers ({@code 0.5*x}), covariances ({@code ~~}) and the other lavaan
 * operators are rejected with a message saying so.
 *
 * <p>Interaction terms: a predictor {@code A:B} of a {@code ~} statement is the product of
 * constructs A and B ({@code A:A} a quadratic term), estimated by
 * {@code dev.csimodel.moderation.ModerationEstimator}. A and B must be declared constructs and
 * predictors of the same target (the main effects), the target must be neither of them, and a
 * product appears once per target ({@code A:B} and {@code B:A} are the same). A term cannot be a
 * left-hand side, an indicator, or have three factors; each of these errors names its line and
 * column.
 *
 * <p>Errors at a place in the text throw {@link ModelSyntaxException} ("line L, column C:
 * expected X but found Y"); errors of the whole model (a cycle, an isolated construct) throw the
 * {@link CsiSpecificationException} of {@link PathModelBuilder#build()}, which names the
 * constructs.
 */
public final class ModelSyntax {

    private ModelSyntax() {
    }

    /**
     * Parses a whole model.
     *
     * @param text the model syntax
     * @return the validated model
     * @throws ModelSyntaxException      at the first syntax error, repeated block or indicator,
     *                                   self-loop, repeated path or path naming an undeclared construct
     * @throws CsiSpecificationException if the model is invalid as a whole (cycle, isolated construct)
     */
    public static PathModel parse(String text) {
        List<Statement> statements = Parser.parse(requireText(text));
        if (statements.isEmpty()) {
            List<Token> tokens = Lexer.tokenize(text);
            throw ModelSyntaxException.expected(tokens.get(tokens.size() - 1),
                    "at least one block ('NAME =~ indicator + ...')");
        }
        Set<String> higherOrder = HigherOrderStatements.check(statements);
        StatementChecker.check(statements, true);
        PathModelBuilder builder = PathModel.builder();
        apply(statements, builder, higherOrder);
        return builder.build();
    }

    /**
     * Reads the whole of {@code reader} and parses it as {@link #parse(String)} does. The reader
     * is not closed: whoever opened it closes it.
     *
     * @throws CsiSpecificationException if reading fails, or as {@link #parse(String)}
     * @param reader the source of the model syntax; read to its end, not closed
     * @return the validated model
     */
    public static PathModel parse(Reader reader) {
        Arguments.requireNonNull(reader, "reader");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new CsiSpecificationException("cannot read the model syntax: " + e.getMessage(), e);
        }
        return parse(text.toString());
    }

    /**
     * Adds the blocks and paths of {@code text} to {@code builder}, e.g. to extend an existing
     * model ({@code parseInto("NPS =~ nps1\nNPS ~ LOY", model.toBuilder()).build()}). Paths may
     * therefore name constructs that only the builder knows: unknown names are reported by
     * {@link PathModelBuilder#build()}, without a line and column. The whole text is checked
     * before the builder is touched; a block that clashes with one already in the builder is
     * reported at its line and column, after the statements before it were added. A
     * higher-order construct's dimensions must be declared in {@code text} itself.
     *
     * @return {@code builder}, for chaining
     * @throws ModelSyntaxException as {@link #parse(String)}, except for undeclared constructs
     * @param text the model syntax
     * @param builder the builder to extend, e.g. {@code model.toBuilder()}
     */
    public static PathModelBuilder parseInto(String text, PathModelBuilder builder) {
        Arguments.requireNonNull(builder, "builder");
        List<Statement> statements = Parser.parse(requireText(text));
        Set<String> higherOrder = HigherOrderStatements.check(statements);
        StatementChecker.check(statements, false);
        apply(statements, builder, higherOrder);
        return builder;
    }

    /**
     * Writes {@code model} as model syntax: one block statement per construct in declaration order
     * ({@code =~} for a common factor, {@code <~} for a composite, the mode in brackets when it is
     * not the operator's default, e.g. {@code SAT <~ [A] sat1 + sat2} for the Mode A composite the
     * builder's {@code modeA} declares), a blank line, then one {@code ~} statement per run of consecutive paths into the same
     * construct (one per endogenous construct when the paths are grouped by target, as the
     * builder and the parser make them), predecessors in path order, then the construct's
     * interaction terms ({@code A:B}) in order. A higher-order construct is written as the block of
     * its dimensions ({@code QV =~ QUAL + VAL}), which the parser reads back as higher-order.
     * {@code parse(format(m))} equals {@code m}.
     *
     * @throws CsiSpecificationException if a name is not a syntax name (e.g. has a space)
     * @param model the model to write
     * @return the model syntax text, one statement per line
     */
    public static String format(PathModel model) {
        Arguments.requireNonNull(model, "model");
        return ModelFormatter.format(model);
    }

    private static String requireText(String text) {
        Arguments.requireNonNull(text, "text");
        return text;
    }

    private static void apply(List<Statement> statements, PathModelBuilder builder, Set<String> higherOrder) {
        for (Statement s : statements) {
            try {
                if (higherOrder.contains(s.lhs().text()) && s.isBlock()) {
                    applyHigherOrder(s, builder);
                    continue;
                }
                applyOne(s, builder);
            } catch (CsiSpecificationException e) {
                throw new ModelSyntaxException(s.lhs().line(), s.lhs().column(), e.getMessage(), e);
            }
        }
    }

    private static void applyHigherOrder(Statement s, PathModelBuilder builder) {
        builder.construct(s.lhs().text()).higherOrder(BlockMode.mode(s), s.rhs().stream().map(Name::text).toList());
        if (s.kind() == Statement.Kind.BLOCK_A) {
            builder.commonFactor();
        } else {
            builder.composite();
        }
    }

    private static void applyOne(Statement s, PathModelBuilder builder) {
        List<String> rhs = s.rhs().stream().map(Name::text).toList();
        switch (s.kind()) {
            case BLOCK_A -> builder.construct(s.lhs().text()).block(BlockMode.mode(s), rhs).commonFactor();
            case BLOCK_B -> builder.construct(s.lhs().text()).block(BlockMode.mode(s), rhs).composite();
            case PATH -> {
                builder.paths(rhs, s.lhs().text());
                s.interactions().forEach(t -> builder.interaction(t.first().text(), t.second().text(), s.lhs().text()));
            }
        }
    }
}
