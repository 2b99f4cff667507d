package dev.csimodel.spec;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mutable, fluent builder of an immutable {@link PathModel}. Not thread-safe; {@link #build()}
 * validates the whole model and may be called again after further changes.
 *
 * <pre>{@code
 * PathModel model = PathModel.builder()
 *     .construct("IMAG").modeA("imag1", "imag2")
 *     .construct("SAT").modeA("sat1", "sat2")
 *     .path("IMAG", "SAT")
 *     .build();
 * }</pre>
 */
public final class PathModelBuilder {

    private final Map<String, Draft> constructs = new LinkedHashMap<>();
    private final List<StructuralPath> paths = new ArrayList<>();
    private final List<InteractionPath> interactions = new ArrayList<>();
    private Draft current;

    PathModelBuilder() {
    }

    /**
     * Starts (or returns to) the block of construct {@code name}; the following {@code modeA},
     * {@code modeB}, {@code unitWeights}, {@link #commonFactor()} and {@link #composite()} calls
     * apply to it.
     * @param name the construct's name (unique; a syntax name if the model is to be written)
     * @return this builder, for chaining
     */
    public PathModelBuilder construct(String name) {
        Arguments.requireNonNull(name, "name");
        requireName(name, "construct");
        current = constructs.computeIfAbsent(name, Draft::new);
        return this;
    }

    /**
     * Declares the current construct's indicators, estimated in Mode A.
     * @param indicators the indicators' column names, at least one
     * @return this builder, for chaining
     */
    public PathModelBuilder modeA(String... indicators) {
        Arguments.requireNonNull(indicators, "indicators");
        return block(OuterMode.A, indicators);
    }

    /**
     * Declares the current construct's indicators, estimated in Mode B.
     * @param indicators the indicators' column names, at least one
     * @return this builder, for chaining
     */
    public PathModelBuilder modeB(String... indicators) {
        Arguments.requireNonNull(indicators, "indicators");
        return block(OuterMode.B, indicators);
    }

    /**
     * Declares the current construct's indicators with unit weights ({@link OuterMode#UNIT}):
     * equal weights scaled to a unit-variance composite.
     * @param indicators the indicators' column names, at least one
     * @return this builder, for chaining
     */
    public PathModelBuilder unitWeights(String... indicators) {
        Arguments.requireNonNull(indicators, "indicators");
        return block(OuterMode.UNIT, indicators);
    }

    /**
     * Declares the current construct's indicators and outer mode.
     * @param mode the outer mode of the block
     * @param indicators the indicators' column names, at least one
     * @return this builder, for chaining
     */
    public PathModelBuilder block(OuterMode mode, String... indicators) {
        Arguments.requireNonNull(mode, "mode");
        Arguments.requireNonNull(indicators, "indicators");
        return block(mode, Arrays.asList(indicators));
    }

    /**
     * Declares the current construct's indicators and outer mode.
     * @param mode the outer mode of the block
     * @param indicators the indicators' column names, at least one
     * @return this builder, for chaining
     */
    public PathModelBuilder block(OuterMode mode, List<String> indicators) {
        Arguments.requireNonNull(mode, "mode");
        Arguments.requireNonNull(indicators, "indicators");
        Draft draft = requireCurrent();
        if (!draft.indicators.isEmpty()) {
            throw new CsiSpecificationException(
                    "construct '" + draft.name + "' is declared twice (its block already holds "
                            + String.join(", ", draft.indicators) + ")");
        }
        for (String indicator : indicators) {
            requireName(indicator, "indicator of construct '" + draft.name + "'");
            if (draft.indicators.contains(indicator)) {
                throw new CsiSpecificationException("indicator '" + indicator
                        + "' is listed twice in construct '" + draft.name + "'");
            }
            draft.indicators.add(indicator);
        }
        draft.mode = mode;
        return this;
    }

    /**
     * Declares the current construct higher-order, with the constructs {@code dimensions} in
     * place of indicators (e.g. {@code construct("QV").higherOrder(OuterMode.A, "QUAL", "VAL")});
     * {@code mode} is the outer mode of the higher-order construct on its dimensions.
     * @param mode the outer mode of the higher-order construct on its dimensions
     * @param dimensions the names of the lower-order constructs, at least two
     * @return this builder, for chaining
     */
    public PathModelBuilder higherOrder(OuterMode mode, String... dimensions) {
        Arguments.requireNonNull(mode, "mode");
        Arguments.requireNonNull(dimensions, "dimensions");
        return higherOrder(mode, Arrays.asList(dimensions));
    }

    /**
     * Declares the current construct higher-order; see {@link #higherOrder(OuterMode, String...)}.
     * @param mode the outer mode of the higher-order construct on its dimensions
     * @param dimensions the names of the lower-order constructs, at least two
     * @return this builder, for chaining
     */
    public PathModelBuilder higherOrder(OuterMode mode, List<String> dimensions) {
        Arguments.requireNonNull(mode, "mode");
        Arguments.requireNonNull(dimensions, "dimensions");
        block(mode, dimensions);
        current.higherOrder = true;
        return this;
    }

    /**
     * Declares the current construct a common factor (consistent PLS corrects it).
     * @return this builder, for chaining
     */
    public PathModelBuilder commonFactor() {
        requireCurrent().type = ConstructType.COMMON_FACTOR;
        return this;
    }

    /**
     * Declares the current construct a composite (the default).
     * @return this builder, for chaining
     */
    public PathModelBuilder composite() {
        requireCurrent().type = ConstructType.COMPOSITE;
        return this;
    }

    /**
     * Adds the structural path {@code from -> to}.
     * @param from the name of the source construct
     * @param to the name of the target construct
     * @return this builder, for chaining
     */
    public PathModelBuilder path(String from, String to) {
        Arguments.requireNonNull(from, "from");
        Arguments.requireNonNull(to, "to");
        requireName(from, "path origin");
        requireName(to, "path target");
        paths.add(new StructuralPath(from, to));
        return this;
    }

    /**
     * Adds the interaction path {@code first:second -> to}, e.g. {@code interaction("IMAG", "VAL", "SAT")}
     * for {@code SAT ~ IMAG + VAL + IMAG:VAL}, or {@code interaction("VAL", "VAL", "SAT")} for a
     * quadratic effect. {@link #build()} requires the main effects {@code first -> to} and
     * {@code second -> to}.
     * @param first the independent construct
     * @param second the moderator construct (equal to {@code first} for a quadratic term)
     * @param to the target construct
     * @return this builder, for chaining
     */
    public PathModelBuilder interaction(String first, String second, String to) {
        Arguments.requireNonNull(first, "first");
        Arguments.requireNonNull(second, "second");
        Arguments.requireNonNull(to, "to");
        requireName(to, "interaction path target");
        interactions.add(new InteractionPath(new InteractionTerm(first, second), to));
        return this;
    }

    /**
     * Adds a path from each of {@code from} to {@code to}.
     * @param from the names of the source constructs
     * @param to the name of the target construct
     * @return this builder, for chaining
     */
    public PathModelBuilder paths(List<String> from, String to) {
        Arguments.requireNonNull(from, "from");
        Arguments.requireNonNull(to, "to");
        from.forEach(f -> path(f, to));
        return this;
    }

    /**
     * Removes the path {@code from -> to}; unknown paths are an error.
     * @param from the name of the source construct
     * @param to the name of the target construct
     * @return this builder, for chaining
     */
    public PathModelBuilder removePath(String from, String to) {
        Arguments.requireNonNull(from, "from");
        Arguments.requireNonNull(to, "to");
        if (!paths.remove(new StructuralPath(from, to))) {
            throw new CsiSpecificationException("cannot remove path " + from + " -> " + to
                    + ": the model has no such path");
        }
        return this;
    }

    /**
     * Removes every interaction path, leaving the main effects (the model of a two-stage approach's first stage).
     * @return this builder, for chaining
     */
    public PathModelBuilder removeInteractions() {
        interactions.clear();
        return this;
    }

    /**
     * Removes construct {@code name} and every path that touches it.
     * @param name the name of a declared construct
     * @return this builder, for chaining
     */
    public PathModelBuilder removeConstruct(String name) {
        Arguments.requireNonNull(name, "name");
        if (constructs.remove(name) == null) {
            throw new CsiSpecificationException("cannot remove construct '" + name
                    + "': the model has no such construct");
        }
        paths.removeIf(p -> p.from().equals(name) || p.to().equals(name));
        interactions.removeIf(p -> p.to().equals(name) || p.term().involves(name));
        current = null;
        return this;
    }

    /**
     * Validates and builds the immutable model.
     *
     * @throws CsiSpecificationException naming the first offending element
     * @return the immutable, validated path model
     */
    public PathModel build() {
        List<Construct> list = new ArrayList<>(constructs.size());
        Set<String> higherOrder = new HashSet<>();
        for (Draft d : constructs.values()) {
            if (d.indicators.isEmpty()) {
                throw new CsiSpecificationException("construct '" + d.name + "' has no indicators");
            }
            list.add(new Construct(d.name, d.mode, d.type, d.indicators));
            if (d.higherOrder) {
                higherOrder.add(d.name);
            }
        }
        return new PathModel(list, paths, higherOrder, interactions);
    }

    private Draft requireCurrent() {
        if (current == null) {
            throw new CsiSpecificationException("call construct(name) before declaring its block");
        }
        return current;
    }

    static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new CsiSpecificationException("the name of a " + what + " is empty");
        }
    }

    private static final class Draft {
        final String name;
        final List<String> indicators = new ArrayList<>();
        OuterMode mode = OuterMode.A;
        ConstructType type = ConstructType.COMPOSITE;
        boolean higherOrder;

        Draft(String name) {
            this.name = name;
        }
    }
}
