package dev.csimodel.spec;

import dev.csimodel.CsiSpecificationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable PLS path model: constructs with their blocks of indicators and the structural
 * paths between them, in declaration order.
 *
 * <p>Validated on construction: construct names and indicators are unique, every path joins two
 * declared constructs, the structural model is recursive (acyclic, no self-loop, no duplicate
 * path) and, when it has paths, no construct is isolated. A model without any path is a
 * measurement-only model: each Mode A block then gets its first principal component.
 *
 * <p>A <em>higher-order</em> construct ({@link #isHigherOrder(String)}) has constructs, its
 * dimensions, in place of indicators (a second-order model, Becker, Klein and Wetzels 2012):
 * at least two lower-order constructs, each a dimension of one higher-order construct only,
 * and no structural path touches a dimension (the higher-order construct carries them). Such a
 * model is estimated by {@code dev.csimodel.hierarchy.HigherOrderEstimator}; the plain
 * estimators refuse it by name.
 *
 * <p>A model may also hold {@linkplain #interactionPaths() interaction paths}
 * ({@code SAT ~ IMAG + VAL + IMAG:VAL}): products of two constructs as predictors, each with both
 * main effects in the model (see {@link InteractionPath}). {@link dev.csimodel.estimate.PlsEstimator}
 * refuses such a model; {@code dev.csimodel.moderation.ModerationEstimator} estimates it.
 */
public final class PathModel {

    private final List<Construct> constructs;
    private final List<StructuralPath> paths;
    private final List<InteractionPath> interactionPaths;
    private final Map<String, Integer> index;
    private final Set<String> higherOrder;
    private volatile BlockStructure blocks;

    PathModel(List<Construct> constructs, List<StructuralPath> paths) {
        this(constructs, paths, Set.of(), List.of());
    }

    PathModel(List<Construct> constructs, List<StructuralPath> paths, Set<String> higherOrder,
              List<InteractionPath> interactionPaths) {
        this.constructs = List.copyOf(constructs);
        this.paths = List.copyOf(paths);
        this.interactionPaths = List.copyOf(interactionPaths);
        this.index = indexConstructs(this.constructs);
        this.higherOrder = Set.copyOf(higherOrder);
        new HigherOrderCheck(this).run();
        // before validatePaths: a factor without its main effect is the real fault, not "isolated"
        new InteractionCheck(this).run();
        validatePaths();
        validateIndicators();
    }

    /** @return a new, empty builder */
    public static PathModelBuilder builder() {
        return new PathModelBuilder();
    }

    /** @return a builder pre-filled with this model, to add or drop constructs and paths */
    public PathModelBuilder toBuilder() {
        PathModelBuilder b = new PathModelBuilder();
        for (Construct c : constructs) {
            b.construct(c.name());
            if (isHigherOrder(c.name())) {
                b.higherOrder(c.mode(), c.indicators());
            } else {
                b.block(c.mode(), c.indicators());
            }
            if (c.type() == ConstructType.COMMON_FACTOR) {
                b.commonFactor();
            }
        }
        paths.forEach(p -> b.path(p.from(), p.to()));
        interactionPaths.forEach(p -> b.interaction(p.term().first(), p.term().second(), p.to()));
        return b;
    }

    /**
     * @return the numeric view of this model that estimators use, computed once (the model is
     *         immutable)
     */
    public BlockStructure blocks() {
        BlockStructure b = blocks;
        if (b == null) {
            b = new BlockStructure(this);
            blocks = b;
        }
        return b;
    }

    /** @return the constructs in declaration order */
    public List<Construct> constructs() {
        return constructs;
    }

    /** @return the structural paths in declaration order */
    public List<StructuralPath> paths() {
        return paths;
    }

    /** @return the interaction paths ({@code IMAG:VAL -> SAT}) in declaration order; empty for most models */
    public List<InteractionPath> interactionPaths() {
        return interactionPaths;
    }

    /** @return true if the model has at least one interaction path */
    public boolean hasInteractions() {
        return !interactionPaths.isEmpty();
    }

    /**
     * @return the distinct interaction terms in order of first appearance ({@code A:B} and
     *         {@code B:A} count as one, kept as first written)
     */
    public List<InteractionTerm> interactionTerms() {
        List<InteractionTerm> terms = new ArrayList<>();
        for (InteractionPath p : interactionPaths) {
            if (terms.stream().noneMatch(t -> t.sameProduct(p.term()))) {
                terms.add(p.term());
            }
        }
        return List.copyOf(terms);
    }

    /** @return the construct names in declaration order */
    public List<String> constructNames() {
        return constructs.stream().map(Construct::name).toList();
    }

    /**
     * @return every indicator (data column), block by block in declaration order; the dimensions
     *         of a higher-order construct are constructs, not columns, and are not listed
     */
    public List<String> indicators() {
        List<String> all = new ArrayList<>();
        constructs.stream().filter(c -> !isHigherOrder(c.name())).forEach(c -> all.addAll(c.indicators()));
        return List.copyOf(all);
    }

    /**
     * @return true if construct {@code name} is higher-order: its {@link Construct#indicators()}
     *         are its dimensions, lower-order constructs of this model
     * @throws CsiSpecificationException if the model has no such construct
     * @param name a construct name
     */
    public boolean isHigherOrder(String name) {
        indexOf(name);
        return higherOrder.contains(name);
    }

    /** @return the higher-order constructs in declaration order (empty for a plain model) */
    public List<Construct> higherOrderConstructs() {
        return constructs.stream().filter(c -> higherOrder.contains(c.name())).toList();
    }

    /**
     * @return the higher-order construct that has {@code name} as a dimension, if any
     * @throws CsiSpecificationException if the model has no such construct
     * @param name a construct name
     */
    public Optional<String> higherOrderOf(String name) {
        indexOf(name);
        return higherOrderConstructs().stream().filter(h -> h.indicators().contains(name))
                .map(Construct::name).findFirst();
    }

    /**
     * @return the construct named {@code name}
     * @param name a construct name of this model
     */
    public Construct construct(String name) {
        return constructs.get(indexOf(name));
    }

    /**
     * @return the construct named {@code name}, if the model has it
     * @param name a construct name
     */
    public Optional<Construct> findConstruct(String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : Optional.of(constructs.get(i));
    }

    /**
     * @return the position of construct {@code name} in declaration order
     * @throws CsiSpecificationException if the model has no such construct
     * @param name a construct name of this model
     */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new CsiSpecificationException("unknown construct '" + name + "'; the model has "
                    + constructNames());
        }
        return i;
    }

    /**
     * @return the constructs with a path into {@code name}, in path declaration order
     * @param name a construct name of this model
     */
    public List<String> predecessors(String name) {
        indexOf(name);
        return paths.stream().filter(p -> p.to().equals(name)).map(StructuralPath::from).toList();
    }

    /**
     * @return the constructs {@code name} has a path to, in path declaration order
     * @param name a construct name of this model
     */
    public List<String> successors(String name) {
        indexOf(name);
        return paths.stream().filter(p -> p.from().equals(name)).map(StructuralPath::to).toList();
    }

    /**
     * @return true if {@code name} has at least one predecessor
     * @param name a construct name of this model
     */
    public boolean isEndogenous(String name) {
        return !predecessors(name).isEmpty();
    }

    /** @return the endogenous constructs in declaration order */
    public List<String> endogenous() {
        return constructNames().stream().filter(this::isEndogenous).toList();
    }

    /**
     * @return true if the model has the path {@code from -> to}
     * @param from the name of the source construct
     * @param to the name of the target construct
     */
    public boolean hasPath(String from, String to) {
        return paths.contains(new StructuralPath(from, to));
    }

    private static Map<String, Integer> indexConstructs(List<Construct> constructs) {
        if (constructs.isEmpty()) {
            throw new CsiSpecificationException("the model has no constructs");
        }
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < constructs.size(); i++) {
            String name = constructs.get(i).name();
            if (map.put(name, i) != null) {
                throw new CsiSpecificationException("construct '" + name + "' is declared twice");
            }
        }
        return Map.copyOf(map);
    }

    private void validateIndicators() {
        Map<String, String> owner = new HashMap<>();
        for (Construct c : constructs) {
            if (c.indicators().isEmpty()) {
                throw new CsiSpecificationException("construct '" + c.name() + "' has no indicators");
            }
            if (higherOrder.contains(c.name())) {
                continue; // its dimensions are checked by HigherOrderCheck
            }
            for (String ind : c.indicators()) {
                String previous = owner.put(ind, c.name());
                if (previous != null) {
                    throw new CsiSpecificationException("indicator '" + ind + "' is in two blocks: '"
                            + previous + "' and '" + c.name() + "'");
                }
            }
        }
    }

    private void validatePaths() {
        Set<StructuralPath> seen = new HashSet<>();
        for (StructuralPath p : paths) {
            requireKnown(p.from(), p);
            requireKnown(p.to(), p);
            if (p.from().equals(p.to())) {
                throw new CsiSpecificationException("self-loop on construct '" + p.from() + "'");
            }
            if (!seen.add(p)) {
                throw new CsiSpecificationException("duplicate path " + p);
            }
        }
        if (!paths.isEmpty()) {
            for (Construct c : constructs) {
                if (higherOrderOf(c.name()).isPresent()) {
                    continue; // a dimension is linked through its higher-order construct
                }
                boolean linked = paths.stream().anyMatch(p -> p.from().equals(c.name()) || p.to().equals(c.name()));
                if (!linked) {
                    throw new CsiSpecificationException("construct '" + c.name()
                            + "' is isolated: no structural path touches it");
                }
            }
        }
        new CycleCheck(this).run();
    }

    private void requireKnown(String name, StructuralPath p) {
        if (!index.containsKey(name)) {
            throw new CsiSpecificationException("path " + p + " names unknown construct '" + name
                    + "'; the model has " + constructNames());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathModel m && m.constructs.equals(constructs) && m.paths.equals(paths)
                && m.higherOrder.equals(higherOrder) && m.interactionPaths.equals(interactionPaths);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * constructs.hashCode() + paths.hashCode()) + higherOrder.hashCode())
                + interactionPaths.hashCode();
    }

    @Override
    public String toString() {
        return "PathModel" + constructNames() + paths + (interactionPaths.isEmpty() ? "" : interactionPaths.toString());
    }
}
