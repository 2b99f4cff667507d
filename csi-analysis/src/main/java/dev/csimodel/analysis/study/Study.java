package dev.csimodel.analysis.study;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.hierarchy.HigherOrderMethod;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.moderation.ModerationSettings;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.spec.PathModel;

import java.util.Optional;

/**
 * An immutable description of a CSI study: the model (a model file's or a predefined index model
 * bound to the survey's columns), how it is estimated, the questionnaire scale that makes 0-100
 * indices (Fornell et al. 1996), the missing-data strategy and case weights, the construct the
 * importance-performance map is made for, the bootstrap, the necessity analysis and what to do
 * with segments, how a model's interaction terms or higher-order constructs are estimated and
 * whether its indicators are ordinal (ordinal PLS on polychoric correlations).
 * Made by {@link #builder(PathModel)}; run by {@link StudyAnalysis}.
 *
 * <pre>{@code
 * Study study = Study.builder(model).scale(Scale.of(1, 10))
 *         .bootstrap(BootstrapPlan.percentile(BootstrapSettings.defaults().withResamples(1000)))
 *         .build();
 * StudyResult result = StudyAnalysis.run(study, StudyData.of("bank.csv", table));
 * }</pre>
 */
public final class Study {

    private final PathModel model;
    private final PlsSettings settings;
    private final DataHandling handling;
    private final Scale scale;
    private final IndicatorScales scales;
    private final OutOfScalePolicy outOfScale;
    private final String ipmaTarget;
    private final BootstrapPlan bootstrap;
    private final NecessityPlan necessity;
    private final SegmentPlan segments;
    private final WavePlan waves;
    private final boolean suspectCodeCheck;
    private final ModerationSettings interaction;
    private final HigherOrderMethod higherOrder;
    private final OrdinalSettings ordinal;

    private Study(Builder b) {
        this.model = b.model;
        this.settings = b.settings;
        this.handling = b.handling;
        this.scale = b.scale;
        this.scales = b.scales;
        this.outOfScale = b.outOfScale;
        this.ipmaTarget = b.ipmaTarget;
        this.bootstrap = b.bootstrap;
        this.necessity = b.necessity;
        this.segments = b.segments;
        this.waves = b.waves;
        this.suspectCodeCheck = b.suspectCodeCheck;
        this.interaction = b.interaction;
        this.higherOrder = b.higherOrder;
        this.ordinal = b.ordinal;
    }

    /**
     * @param model the model estimated
     * @return a builder for a study of {@code model} with default settings
     */
    public static Builder builder(PathModel model) {
        return new Builder(model);
    }

    /** @return a builder holding this study's description, to change part of it */
    public Builder toBuilder() {
        Builder b = new Builder(model).settings(settings).handling(handling).outOfScale(outOfScale)
                .segments(segments).suspectCodeCheck(suspectCodeCheck).interaction(interaction).higherOrder(higherOrder);
        b.scale = scale;
        b.scales = scales;
        b.ipmaTarget = ipmaTarget;
        b.bootstrap = bootstrap;
        b.necessity = necessity;
        b.waves = waves;
        b.ordinal = ordinal;
        return b;
    }

    /** @return the model estimated */
    public PathModel model() {
        return model;
    }

    /** @return the PLS settings of every estimation (whole sample, segments, resamples) */
    public PlsSettings settings() {
        return settings;
    }

    /** @return the missing-data strategy and the case weights */
    public DataHandling handling() {
        return handling;
    }

    /**
     * @return the questionnaire scale shared by every indicator, when one was given; see
     *         {@link #indicatorScales()} for the scales of each indicator
     */
    public Optional<Scale> scale() {
        return Optional.ofNullable(scale);
    }

    /** @return each indicator's questionnaire scale; without them, no 0-100 index and no importance-performance map */
    public Optional<IndicatorScales> indicatorScales() {
        return Optional.ofNullable(scales);
    }

    /** @return what a cell outside the scale does */
    public OutOfScalePolicy outOfScale() {
        return outOfScale;
    }

    /**
     * @return the target of the importance-performance map; empty for the default rule
     *         ({@link dev.csimodel.models.ipma.ImportancePerformance#defaultTarget})
     */
    public Optional<String> ipmaTarget() {
        return Optional.ofNullable(ipmaTarget);
    }

    /** @return the bootstrap, if asked for */
    public Optional<BootstrapPlan> bootstrap() {
        return Optional.ofNullable(bootstrap);
    }

    /** @return the necessity analysis of the map's drivers, if asked for */
    public Optional<NecessityPlan> necessity() {
        return Optional.ofNullable(necessity);
    }

    /** @return what grouped data gets */
    public SegmentPlan segments() {
        return segments;
    }

    /** @return the comparison of waves, if asked for */
    public Optional<WavePlan> waves() {
        return Optional.ofNullable(waves);
    }

    /** @return whether values that look like unrecoded missing-value codes are warned about */
    public boolean suspectCodeCheck() {
        return suspectCodeCheck;
    }

    /**
     * @return how the interaction terms of a model that has them are estimated (the moderation
     *         estimate; with a bootstrap, the simple-slope analysis); unused for other models
     */
    public ModerationSettings interaction() {
        return interaction;
    }

    /** @return how the higher-order constructs of a model that has them are estimated; unused for other models */
    public HigherOrderMethod higherOrder() {
        return higherOrder;
    }

    /**
     * @return the ordinal indicators, when the model is estimated by ordinal PLS on the
     *         polychoric/polyserial correlations of the rows (no scores, indices or map then)
     */
    public Optional<OrdinalSettings> ordinal() {
        return Optional.ofNullable(ordinal);
    }

    /** The mutable builder of a {@link Study}; {@link #build()} checks the combination. */
    public static final class Builder {
        private final PathModel model;
        private PlsSettings settings = PlsSettings.defaults();
        private DataHandling handling = DataHandling.defaults();
        private Scale scale;
        private IndicatorScales scales;
        private OutOfScalePolicy outOfScale = OutOfScalePolicy.ERROR;
        private String ipmaTarget;
        private BootstrapPlan bootstrap;
        private NecessityPlan necessity;
        private SegmentPlan segments = SegmentPlan.defaults();
        private WavePlan waves;
        private boolean suspectCodeCheck = true;
        private ModerationSettings interaction = ModerationSettings.defaults();
        private HigherOrderMethod higherOrder = HigherOrderMethod.DISJOINT_TWO_STAGE;
        private OrdinalSettings ordinal;

        private Builder(PathModel model) {
            this.model = Arguments.requireNonNull(model, "model");
        }

        /**
         * @param value the PLS settings (default {@link PlsSettings#defaults()})
         * @return this
         */
        public Builder settings(PlsSettings value) {
            this.settings = Arguments.requireNonNull(value, "settings");
            return this;
        }

        /**
         * @param value missing-data strategy and weights (default: reject missing values, unweighted)
         * @return this
         */
        public Builder handling(DataHandling value) {
            this.handling = Arguments.requireNonNull(value, "handling");
            return this;
        }

        /**
         * @param value the questionnaire scale of every indicator, or null for none
         * @return this
         */
        public Builder scale(Scale value) {
            this.scale = value;
            this.scales = value == null ? null : IndicatorScales.uniform(value);
            return this;
        }

        /**
         * @param value each indicator's questionnaire scale (e.g. a 1-5 and a 1-10 block), or null for none
         * @return this
         */
        public Builder scales(IndicatorScales value) {
            this.scale = null;
            this.scales = value;
            return this;
        }

        /**
         * @param value what a cell outside the scale does (default {@link OutOfScalePolicy#ERROR})
         * @return this
         */
        public Builder outOfScale(OutOfScalePolicy value) {
            this.outOfScale = Arguments.requireNonNull(value, "outOfScale");
            return this;
        }

        /**
         * @param construct the importance-performance target, or null for the default rule
         * @return this
         */
        public Builder ipmaTarget(String construct) {
            this.ipmaTarget = construct;
            return this;
        }

        /**
         * @param value the bootstrap, or null for none
         * @return this
         */
        public Builder bootstrap(BootstrapPlan value) {
            this.bootstrap = value;
            return this;
        }

        /**
         * @param value the necessity analysis, or null for none
         * @return this
         */
        public Builder necessity(NecessityPlan value) {
            this.necessity = value;
            return this;
        }

        /**
         * @param value what grouped data gets (default {@link SegmentPlan#defaults()})
         * @return this
         */
        public Builder segments(SegmentPlan value) {
            this.segments = Arguments.requireNonNull(value, "segments");
            return this;
        }

        /**
         * @param value the comparison of waves, or null for none (the data then needs a wave column)
         * @return this
         */
        public Builder waves(WavePlan value) {
            this.waves = value;
            return this;
        }

        /**
         * @param value false when the data's missing-value codes were declared, so that no
         *              value is suspected of being one (default true)
         * @return this
         */
        public Builder suspectCodeCheck(boolean value) {
            this.suspectCodeCheck = value;
            return this;
        }

        /**
         * @param value how a model's interaction terms are estimated (default
         *              {@link ModerationSettings#defaults()}: two-stage)
         * @return this
         */
        public Builder interaction(ModerationSettings value) {
            this.interaction = Arguments.requireNonNull(value, "interaction");
            return this;
        }

        /**
         * @param value how a model's higher-order constructs are estimated (default
         *              {@link HigherOrderMethod#DISJOINT_TWO_STAGE})
         * @return this
         */
        public Builder higherOrder(HigherOrderMethod value) {
            this.higherOrder = Arguments.requireNonNull(value, "higherOrder");
            return this;
        }

        /**
         * @param value the ordinal indicators for ordinal PLS (with consistent PLS settings, ordinal
         *              PLSc), or null for Pearson correlations (default)
         * @return this
         */
        public Builder ordinal(OrdinalSettings value) {
            this.ordinal = value;
            return this;
        }

        /**
         * @return the study
         * @throws CsiSpecificationException naming the settings that cannot be combined
         */
        public Study build() {
            VariantRules.check(model, settings, handling, scales != null, bootstrap != null);
            if (ordinal != null) {
                VariantRules.checkOrdinal(model, handling, scales != null, bootstrap != null);
            }
            if (bootstrap != null && handling.missing() == MissingStrategy.PAIRWISE) {
                throw new CsiSpecificationException("the bootstrap resamples whole rows: it cannot be combined with "
                        + "pairwise deletion; use mean replacement or listwise deletion");
            }
            if (scales == null && (ipmaTarget != null || necessity != null)) {
                throw new CsiSpecificationException((ipmaTarget != null ? "the importance-performance target "
                        + ipmaTarget : "the necessity analysis") + " needs a scale: it works on 0-100 scores");
            }
            if (segments.groupTests() && bootstrap == null) {
                throw new CsiSpecificationException("the multi-group tests bootstrap every group; add a bootstrap "
                        + "plan or drop them");
            }
            if (waves != null && (scales == null || handling.weightColumn() != null
                    || handling.missing() != MissingStrategy.REJECT)) {
                throw new CsiSpecificationException("the comparison of waves needs a scale (it compares 0-100 indices)"
                        + " and complete, unweighted rows (no weights or missing-data strategy yet)");
            }
            return new Study(this);
        }
    }
}
