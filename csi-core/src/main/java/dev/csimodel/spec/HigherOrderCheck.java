package dev.csimodel.spec;

import dev.csimodel.CsiSpecificationException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a second-order model (Becker, Klein and Wetzels 2012; Sarstedt et al. 2019):
 * a higher-order construct has at least two dimensions, all lower-order constructs of the model
 * (no columns, no higher-order constructs: third-order models are not supported), each dimension
 * belongs to one higher-order construct only, and no structural path touches a dimension: the
 * higher-order construct stands for its dimensions in the structural model (a path between a
 * higher-order construct and one of its own dimensions would close a cycle).
 */
final class HigherOrderCheck {

    private final PathModel model;
    private final Map<String, String> ownerOf = new HashMap<>();

    HigherOrderCheck(PathModel model) {
        this.model = model;
    }

    void run() {
        for (Construct h : model.higherOrderConstructs()) {
            checkDimensions(h);
        }
        for (StructuralPath p : model.paths()) {
            checkEnd(p, p.from(), p.to());
            checkEnd(p, p.to(), p.from());
        }
    }

    private void checkDimensions(Construct h) {
        if (h.size() < 2) {
            throw new CsiSpecificationException("higher-order construct '" + h.name() + "' has one dimension ('"
                    + h.indicators().get(0) + "'); it needs at least two lower-order constructs");
        }
        for (String d : h.indicators()) {
            Optional<Construct> dim = model.findConstruct(d);
            if (dim.isEmpty()) {
                throw new CsiSpecificationException("higher-order construct '" + h.name() + "' lists '" + d
                        + "', which is not a construct of the model: a higher-order construct's dimensions are"
                        + " constructs only, not columns");
            }
            if (model.isHigherOrder(d)) {
                throw new CsiSpecificationException("higher-order construct '" + h.name() + "' lists '" + d
                        + "', itself higher-order: only second-order models are supported");
            }
            String other = ownerOf.putIfAbsent(d, h.name());
            if (other != null) {
                throw new CsiSpecificationException("construct '" + d + "' is a dimension of both '" + other
                        + "' and '" + h.name() + "': a lower-order construct belongs to one higher-order construct only");
            }
        }
    }

    private void checkEnd(StructuralPath p, String end, String otherEnd) {
        String owner = ownerOf.get(end);
        if (owner == null) {
            return;
        }
        if (owner.equals(otherEnd)) {
            throw new CsiSpecificationException("path " + p + " makes a cycle through higher-order construct '"
                    + owner + "': '" + end + "' is one of its dimensions");
        }
        throw new CsiSpecificationException("path " + p + " touches '" + end + "', a dimension of higher-order"
                + " construct '" + owner + "': paths go to or from '" + owner + "'");
    }
}
