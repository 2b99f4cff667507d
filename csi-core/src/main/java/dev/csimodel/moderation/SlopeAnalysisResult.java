package dev.csimodel.moderation;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.spec.InteractionTerm;

import java.util.List;

/**
 * The simple slopes and floodlights of a model's interaction paths, with the estimate and the
 * bootstrap they come from. Immutable.
 */
public final class SlopeAnalysisResult {

    private final ModerationResult moderation;
    private final BootstrapResult bootstrap;
    private final List<SimpleSlopes> slopes;

    SlopeAnalysisResult(ModerationResult moderation, BootstrapResult bootstrap, List<SimpleSlopes> slopes) {
        this.moderation = moderation;
        this.bootstrap = bootstrap;
        this.slopes = List.copyOf(slopes);
    }

    /** @return the estimate of the model */
    public ModerationResult moderation() {
        return moderation;
    }

    /** @return the bootstrap of the augmented model, with the slopes as custom statistics */
    public BootstrapResult bootstrap() {
        return bootstrap;
    }

    /** @return one entry per interaction path, in the model's order */
    public List<SimpleSlopes> slopes() {
        return slopes;
    }

    /**
     * @param term   {@code X:M} (or {@code M:X})
     * @param target the dependent construct
     * @throws CsiSpecificationException if the model has no such interaction path
     * @return the slopes of the term on the target
     */
    public SimpleSlopes slopes(String term, String target) {
        Arguments.requireNonNull(term, "term");
        Arguments.requireNonNull(target, "target");
        InteractionTerm t = ModerationProblem.parse(term);
        return slopes.stream().filter(s -> s.target().equals(target) && s.term().sameProduct(t)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("the model has no interaction path " + term + " -> " + target));
    }
}
