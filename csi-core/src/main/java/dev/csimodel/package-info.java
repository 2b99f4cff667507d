/**
 * csimodel: customer satisfaction index modelling with PLS path modelling.
 *
 * <p>The root package holds the exception family; the concepts live in sub-packages:
 * {@code spec} (the path model), {@code data} (data tables and moments), {@code estimate}
 * (the PLS-PM engine and its settings), {@code result} (immutable, typed results).
 */
package dev.csimodel;
