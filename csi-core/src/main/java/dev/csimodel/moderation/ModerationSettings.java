package dev.csimodel.moderation;

import dev.csimodel.Arguments;
import dev.csimodel.spec.OuterMode;

/**
 * Settings of a moderation analysis beside the {@link dev.csimodel.estimate.PlsSettings} of the
 * estimator. Immutable; change one setting with a wither:
 * {@code ModerationSettings.defaults().withMethod(InteractionMethod.ORTHOGONAL)}.
 *
 * @param method          how the interaction constructs' indicators are formed (default
 *                        {@link InteractionMethod#TWO_STAGE})
 * @param interactionMode the outer mode of the interaction constructs (default
 *                        {@link OuterMode#A}, seminr's {@code weights = mode_A})
 */
public record ModerationSettings(InteractionMethod method, OuterMode interactionMode) {

    private static final ModerationSettings DEFAULTS = new ModerationSettings(InteractionMethod.TWO_STAGE, OuterMode.A);

    /**
     * Requires both components.
     * @param method how the interaction constructs' indicators are formed (default
     * {@link InteractionMethod#TWO_STAGE})
     * @param interactionMode the outer mode of the interaction constructs (default
     * {@link OuterMode#A}, seminr's {@code weights = mode_A})
     */
    public ModerationSettings {
        Arguments.requireNonNull(method, "method");
        Arguments.requireNonNull(interactionMode, "interactionMode");
    }

    /** @return two-stage, Mode A */
    public static ModerationSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @return these settings with {@code value} as the method
     * @param value how the interaction constructs' indicators are formed
     */
    public ModerationSettings withMethod(InteractionMethod value) {
        return new ModerationSettings(value, interactionMode);
    }

    /**
     * @return these settings with {@code value} as the interaction constructs' outer mode
     * @param value the outer mode of the interaction constructs
     */
    public ModerationSettings withInteractionMode(OuterMode value) {
        return new ModerationSettings(method, value);
    }
}
