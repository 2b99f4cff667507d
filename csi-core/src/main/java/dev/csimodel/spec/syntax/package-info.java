/**
 * A lavaan-style text syntax for path models: {@link dev.csimodel.spec.syntax.ModelSyntax} parses
 * text such as {@code SAT =~ sat1 + sat2; SAT ~ IMAG} into a {@link dev.csimodel.spec.PathModel}
 * and formats a model back as text; {@link dev.csimodel.spec.syntax.ModelSyntaxException} locates
 * errors by line and column. A hand-written lexer and recursive-descent parser: the grammar is
 * small and its error messages are part of the API.
 */
package dev.csimodel.spec.syntax;
