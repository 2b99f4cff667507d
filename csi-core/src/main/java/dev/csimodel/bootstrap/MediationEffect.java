package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;

import java.util.List;
import java.util.Optional;

/**
 * The bootstrap inference of one specific indirect effect and its mediation type.
 *
 * @param from     the cause
 * @param through  the mediators in route order
 * @param to       the effect
 * @param indirect the bootstrap of the specific indirect effect (estimate, SE, intervals)
 * @param direct   the bootstrap of the direct path {@code from -> to}; empty when the model has no
 *                 such path (the direct effect is then fixed at zero, not estimated)
 * @param type     the Zhao, Lynch and Chen (2010) type; empty when the intervals are withheld
 *                 ({@link BootstrapEstimate#intervalsWithheld()})
 */
public record MediationEffect(String from, List<String> through, String to, BootstrapEstimate indirect,
                              Optional<BootstrapEstimate> direct, Optional<MediationType> type) {

    /**
     * Copies the mediators.
     * @param from the cause
     * @param through the mediators in route order
     * @param to the effect
     * @param indirect the bootstrap of the specific indirect effect (estimate, SE, intervals)
     * @param direct the bootstrap of the direct path {@code from -> to}; empty when the model has no
     * such path (the direct effect is then fixed at zero, not estimated)
     * @param type the Zhao, Lynch and Chen (2010) type; empty when the intervals are withheld
     * ({@link BootstrapEstimate#intervalsWithheld()})
     */
    public MediationEffect {
        Arguments.requireNonNull(from, "from");
        Arguments.requireNonNull(to, "to");
        Arguments.requireNonNull(indirect, "indirect");
        Arguments.requireNonNull(direct, "direct");
        Arguments.requireNonNull(type, "type");
        through = List.copyOf(Arguments.requireNonNull(through, "through"));
    }

    /** @return the route as text, e.g. {@code IMAG -> EXPE -> QUAL -> SAT} */
    public String label() {
        return from + " -> " + String.join(" -> ", through) + " -> " + to;
    }
}
