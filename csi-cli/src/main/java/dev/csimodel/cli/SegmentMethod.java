package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The names {@code csi segments --method} accepts; a method is one entry here. */
enum SegmentMethod {
    /** FIMIX-PLS (Hahn et al. 2002). */
    FIMIX(FimixMethod::new),
    /** PLS-POS (Becker et al. 2013). */
    POS(PosMethod::new),
    /** REBUS-PLS (Esposito Vinzi et al. 2008). */
    REBUS(RebusMethod::new);

    private final Supplier<SegmentationMethod> method;

    SegmentMethod(Supplier<SegmentationMethod> method) {
        this.method = method;
    }

    /** @return the name on the command line */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    SegmentationMethod method() {
        return method.get();
    }

    /**
     * @throws CsiSpecificationException naming the value and the accepted ones
     */
    static SegmentMethod of(String name) {
        return Arrays.stream(values()).filter(m -> m.label().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("--method " + name + ": unknown method; accepted: "
                        + String.join(", ", Arrays.stream(values()).map(SegmentMethod::label).toList())));
    }
}
