package dev.csimodel.hierarchy;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain path models (and tables) that the approaches of {@link HigherOrderMethod} estimate
 * in place of a model with higher-order constructs.
 */
final class StageModels {

    /** A plain model with the table it is estimated on. */
    record Stage(PathModel model, DataTable data) {
    }

    private StageModels() {
    }

    /**
     * The repeated-indicators model: each higher-order construct's block is the union of its
     * dimensions' blocks, in dimension order, as copied columns {@code HOC.indicator}; each
     * dimension is joined to its higher-order construct by a path (HOC to dimension for Mode A,
     * dimension to HOC for Mode B), after the model's own paths.
     */
    static Stage repeatedIndicators(PathModel model, DataTable data) {
        PathModelBuilder b = PathModel.builder();
        DataTable table = data;
        for (Construct c : model.constructs()) {
            if (!model.isHigherOrder(c.name())) {
                copy(b, c, c.indicators());
                continue;
            }
            List<String> repeated = new ArrayList<>();
            for (String dim : c.indicators()) {
                for (String item : model.construct(dim).indicators()) {
                    String name = HigherOrderEstimator.repeatedIndicatorName(c.name(), item);
                    table = withNewColumn(table, name, data.column(item), "repeated indicator of '" + c.name() + "'");
                    repeated.add(name);
                }
            }
            copy(b, c, repeated);
        }
        model.paths().forEach(p -> b.path(p.from(), p.to()));
        for (Construct h : model.higherOrderConstructs()) {
            for (String dim : h.indicators()) {
                if (h.mode() == OuterMode.B) {
                    b.path(dim, h.name());
                } else {
                    b.path(h.name(), dim);
                }
            }
        }
        return new Stage(b.build(), table);
    }

    /**
     * Stage 1 of the disjoint approach: the model without its higher-order constructs, each path
     * to or from a higher-order construct replaced, in place, by the same path to or from each
     * of its dimensions.
     */
    static PathModel disjointFirstStage(PathModel model) {
        PathModelBuilder b = PathModel.builder();
        for (Construct c : model.constructs()) {
            if (!model.isHigherOrder(c.name())) {
                copy(b, c, c.indicators());
            }
        }
        for (StructuralPath p : model.paths()) {
            for (String from : standIns(model, p.from())) {
                for (String to : standIns(model, p.to())) {
                    b.path(from, to);
                }
            }
        }
        return b.build();
    }

    private static List<String> standIns(PathModel model, String construct) {
        return model.isHigherOrder(construct) ? model.construct(construct).indicators() : List.of(construct);
    }

    /**
     * Stage 2 of both two-stage approaches: the model without the dimensions, each higher-order
     * construct measured by the stage-1 scores of its dimensions, appended to the table as
     * columns named after the dimensions; the model's own paths.
     */
    static Stage secondStage(PathModel model, DataTable data, ConstructScores firstStage) {
        PathModelBuilder b = PathModel.builder();
        DataTable table = data;
        for (Construct c : model.constructs()) {
            if (model.higherOrderOf(c.name()).isPresent()) {
                continue;
            }
            copy(b, c, c.indicators());
            if (model.isHigherOrder(c.name())) {
                for (String dim : c.indicators()) {
                    table = withNewColumn(table, dim, firstStage.column(dim), "stage-1 score of dimension '" + dim + "'");
                }
            }
        }
        model.paths().forEach(p -> b.path(p.from(), p.to()));
        return new Stage(b.build(), table);
    }

    private static void copy(PathModelBuilder b, Construct c, List<String> indicators) {
        b.construct(c.name()).block(c.mode(), indicators);
        if (c.type() == ConstructType.COMMON_FACTOR) {
            b.commonFactor();
        }
    }

    private static DataTable withNewColumn(DataTable table, String name, double[] values, String what) {
        if (table.hasColumn(name)) {
            throw new CsiDataException("the data already has a column '" + name + "', the name the " + what
                    + " needs; rename that column");
        }
        return table.withColumn(name, values);
    }
}
