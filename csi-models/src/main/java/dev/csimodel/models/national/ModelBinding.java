package dev.csimodel.models.national;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a survey's columns to the constructs of an {@link IndexModel} and builds the csi-core
 * {@link PathModel}. Mutable and fluent, not thread-safe:
 *
 * <pre>{@code
 * PathModel m = IndexModel.ACSI.binding()
 *     .map("CE", "ce1", "ce2").map("PQ", "pq1", "pq2", "pq3").map("PV", "pv1", "pv2")
 *     .map("SAT", "sat1", "sat2", "sat3").map("LOY", "loy1", "loy2")   // COMP left out
 *     .withPath("CE", "LOY")
 *     .build(data);
 * }</pre>
 *
 * <p>Rules: every required construct must be mapped; an optional construct (complaints) that
 * is not mapped is left out together with its paths; {@link #without(String)} leaves out any
 * construct explicitly. Constructs keep the model's canonical order; added paths follow the
 * canonical ones. Blocks are Mode A unless {@link #mode} says otherwise.
 */
public final class ModelBinding {

    private final IndexModel model;
    private final Map<String, List<String>> columns = new HashMap<>();
    private final Map<String, OuterMode> modes = new HashMap<>();
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Set<StructuralPath> added = new LinkedHashSet<>();
    private final Set<StructuralPath> removed = new LinkedHashSet<>();

    ModelBinding(IndexModel model) {
        this.model = model;
    }

    /** @return the model being bound */
    public IndexModel model() {
        return model;
    }

    /**
     * Maps construct {@code construct} to its indicator columns, replacing an earlier mapping.
     *
     * @throws CsiSpecificationException naming the construct if the model has no such construct
     *                                   or no column is given
     * @param construct the construct's code
     * @param indicatorColumns the data columns measuring it, at least one
     * @return this binding, for chaining
     */
    public ModelBinding map(String construct, String... indicatorColumns) {
        return map(construct, Arrays.asList(indicatorColumns));
    }

    /**
     * Maps construct {@code construct} to its indicator columns; see {@link #map(String, String...)}.
     * @param construct the construct's code
     * @param indicatorColumns the data columns measuring it, at least one
     * @return this binding, for chaining
     */
    public ModelBinding map(String construct, List<String> indicatorColumns) {
        model.construct(construct);
        if (indicatorColumns == null || indicatorColumns.isEmpty()) {
            throw new CsiSpecificationException("construct '" + construct + "' of the " + model.name()
                    + " model is mapped to no column");
        }
        columns.put(construct, List.copyOf(indicatorColumns));
        return this;
    }

    /**
     * Sets the outer mode of construct {@code construct} (Mode A by default).
     * @param construct the construct's code
     * @param mode its outer mode
     * @return this binding, for chaining
     */
    public ModelBinding mode(String construct, OuterMode mode) {
        model.construct(construct);
        if (mode == null) {
            throw new CsiSpecificationException("the outer mode of construct '" + construct + "' is null");
        }
        modes.put(construct, mode);
        return this;
    }

    /**
     * Leaves construct {@code construct} and every path touching it out of the model.
     * @param construct the code of an optional construct to drop
     * @return this binding, for chaining
     */
    public ModelBinding without(String construct) {
        model.construct(construct);
        dropped.add(construct);
        return this;
    }

    /**
     * Adds the structural path {@code from → to} to the canonical ones.
     * @param from the code of the source construct
     * @param to the code of the target construct
     * @return this binding, for chaining
     */
    public ModelBinding withPath(String from, String to) {
        model.construct(from);
        model.construct(to);
        StructuralPath p = new StructuralPath(from, to);
        if (!removed.remove(p)) {
            if (model.paths().contains(p) || !added.add(p)) {
                throw new CsiSpecificationException("the " + model.name() + " model already has the path " + p);
            }
        }
        return this;
    }

    /**
     * Removes the structural path {@code from → to}, canonical or added.
     * @param from the code of the source construct
     * @param to the code of the target construct
     * @return this binding, for chaining
     */
    public ModelBinding withoutPath(String from, String to) {
        StructuralPath p = new StructuralPath(from, to);
        if (!added.remove(p)) {
            if (!model.paths().contains(p) || !removed.add(p)) {
                throw new CsiSpecificationException("cannot remove path " + p + ": the " + model.name()
                        + " model has no such path");
            }
        }
        return this;
    }

    /**
     * Builds the path model.
     *
     * @throws CsiSpecificationException naming the construct if a required construct is
     *                                   unmapped, a dropped construct is mapped, or the
     *                                   resulting model is invalid (e.g. an isolated construct)
     * @return the path model
     */
    public PathModel build() {
        List<String> kept = keptConstructs();
        PathModelBuilder b = PathModel.builder();
        for (String c : kept) {
            b.construct(c).block(modes.getOrDefault(c, OuterMode.A), columns.get(c));
        }
        for (StructuralPath p : paths()) {
            if (kept.contains(p.from()) && kept.contains(p.to())) {
                b.path(p.from(), p.to());
            } else if (added.contains(p)) {
                throw new CsiSpecificationException("added path " + p + " touches a construct left out of the model");
            }
        }
        return b.build();
    }

    /**
     * Builds the path model and checks that {@code data} has every mapped column.
     *
     * @throws CsiDataException naming the first mapped column the data does not have
     * @param data the data whose columns are checked
     * @return the path model
     */
    public PathModel build(DataTable data) {
        PathModel m = build();
        for (String column : m.indicators()) {
            if (!data.hasColumn(column)) {
                throw new CsiDataException("column '" + column + "' (mapped to construct '" + ownerOf(m, column)
                        + "') is not in the data; its columns are " + data.columnNames());
            }
        }
        return m;
    }

    private List<String> keptConstructs() {
        List<String> kept = new ArrayList<>();
        for (IndexConstruct c : model.constructs()) {
            boolean mapped = columns.containsKey(c.code());
            if (dropped.contains(c.code())) {
                if (mapped) {
                    throw new CsiSpecificationException("construct '" + c.code()
                            + "' is both mapped to columns and left out with without()");
                }
            } else if (mapped) {
                kept.add(c.code());
            } else if (!c.optional()) {
                throw new CsiSpecificationException("construct '" + c.code() + "' (" + c.englishName()
                        + ") of the " + model.name() + " model is not mapped to any column");
            }
        }
        return kept;
    }

    private List<StructuralPath> paths() {
        List<StructuralPath> all = new ArrayList<>();
        model.paths().stream().filter(p -> !removed.contains(p)).forEach(all::add);
        all.addAll(added);
        return all;
    }

    private static String ownerOf(PathModel m, String column) {
        return m.constructs().stream().filter(c -> c.indicators().contains(column))
                .findFirst().map(c -> c.name()).orElse("?");
    }
}
