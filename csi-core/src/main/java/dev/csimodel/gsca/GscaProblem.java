package dev.csimodel.gsca;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;

/**
 * What GSCA minimises, in moment form: the indicator correlation matrix {@code S} in block
 * order and, per construct, whether its loadings enter the criterion (common factors; for a
 * composite cSEM fixes them at zero) and whether its weights are estimated (all but unit-weight
 * blocks, which stay fixed).
 */
final class GscaProblem {

    final PathModel model;
    final BlockStructure blocks;
    final DMatrixRMaj s;
    final double observations;
    final boolean[] factor;
    final boolean[] fixed;

    GscaProblem(PathModel model, DMatrixRMaj s, double observations) {
        this.model = model;
        this.blocks = model.blocks();
        this.s = s;
        this.observations = observations;
        int nc = blocks.constructCount();
        factor = new boolean[nc];
        fixed = new boolean[nc];
        for (int k = 0; k < nc; k++) {
            factor[k] = model.constructs().get(k).type() == ConstructType.COMMON_FACTOR;
            fixed[k] = blocks.mode(k) == OuterMode.UNIT;
        }
        requireIdentified();
    }

    /**
     * A composite's weights enter the criterion only through the structural model; without
     * paths nothing determines them.
     */
    private void requireIdentified() {
        if (!model.paths().isEmpty()) {
            return;
        }
        for (int k = 0; k < factor.length; k++) {
            if (!factor[k] && !fixed[k]) {
                throw new CsiSpecificationException("GSCA cannot estimate the weights of composite '"
                        + model.constructs().get(k).name() + "' in a model without paths: declare it a common"
                        + " factor ('=~') or give it unit weights ('<~ [unit]')");
            }
        }
    }

    int constructs() {
        return blocks.constructCount();
    }

    int indicators() {
        return blocks.indicatorCount();
    }

    String name(int k) {
        return model.constructs().get(k).name();
    }
}
