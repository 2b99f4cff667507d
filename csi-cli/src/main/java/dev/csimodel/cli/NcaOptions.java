package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.models.nca.CeilingMethod;
import dev.csimodel.models.nca.CipmaSettings;
import dev.csimodel.models.nca.NcaSettings;
import dev.csimodel.models.nca.ScopeKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Options of the necessary condition analysis and the combined importance-performance map,
 * reported with the IPMA when {@code --scale} is given and the rows are in memory.
 */
final class NcaOptions {

    /** The default permutations: Dul et al. (2020) use 10,000; 1,000 gives p to about ±0.014 at 0.05. */
    static final int DEFAULT_PERMUTATIONS = 1000;

    /** The default cIPMA target level: a choice of this tool, to be set by the analyst. */
    static final double DEFAULT_LEVEL = 80;

    @Option(names = "--nca-permutations", paramLabel = "N",
            description = "Permutations of the NCA significance test of each driver's effect size (Dul et al. 2020;"
                    + " default: " + DEFAULT_PERMUTATIONS + "; 0: no test, p-values n/a). Needs --scale.")
    Integer permutations;

    @Option(names = "--nca-scope", paramLabel = "empirical|theoretical", converter = ScopeConverter.class,
            description = "NCA scope: the observed ranges of the scores (empirical, default) or 0-100 (theoretical).")
    ScopeKind scope;

    @Option(names = "--cipma-level", paramLabel = "L",
            description = "The target's 0-100 level the cIPMA reads the drivers' requirements at (default: "
                    + "80).")
    Double level;

    @Option(names = "--cipma-ceiling", paramLabel = "ce-fdh|cr-fdh", converter = CeilingConverter.class,
            description = "The NCA ceiling of the cIPMA (default: ce-fdh).")
    CeilingMethod ceiling;

    /**
     * @throws CsiSpecificationException naming the option: one given without {@code --scale}, or
     *                                   a value out of range
     */
    void validate(boolean scaled) {
        if (!scaled && (permutations != null || scope != null || level != null || ceiling != null)) {
            throw new CsiSpecificationException(given() + " needs --scale: the NCA and the cIPMA work on the 0-100 "
                    + "scores");
        }
        if (permutations != null && (permutations < 0 || permutations > NcaSettings.MAX_PERMUTATIONS)) {
            throw new CsiSpecificationException("--nca-permutations must lie between 0 and "
                    + NcaSettings.MAX_PERMUTATIONS + ", got " + permutations);
        }
        if (level != null && !(level >= 0 && level <= 100)) {
            throw new CsiSpecificationException("--cipma-level is a 0-100 score, got " + level);
        }
    }

    /**
     * @return the NCA settings of these options, permutations seeded by {@code seed} and run on
     *         the common fork-join pool (the p-values do not depend on it)
     */
    NcaSettings settings(long seed) {
        return NcaSettings.defaults().withPermutations(permutations == null ? DEFAULT_PERMUTATIONS : permutations)
                .withSeed(seed).withScope(scope == null ? ScopeKind.EMPIRICAL : scope).withParallel(true);
    }

    /** @return the cIPMA settings of these options */
    CipmaSettings cipma() {
        return CipmaSettings.at(level == null ? DEFAULT_LEVEL : level)
                .withCeiling(ceiling == null ? CeilingMethod.CE_FDH : ceiling);
    }

    private String given() {
        return permutations != null ? "--nca-permutations" : scope != null ? "--nca-scope"
                : level != null ? "--cipma-level" : "--cipma-ceiling";
    }

    /** Reads {@code empirical} or {@code theoretical} (any case). */
    static final class ScopeConverter implements ITypeConverter<ScopeKind> {
        @Override
        public ScopeKind convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "empirical" -> ScopeKind.EMPIRICAL;
                case "theoretical" -> ScopeKind.THEORETICAL;
                default -> throw new TypeConversionException("expected empirical or theoretical but found '"
                        + value + "'");
            };
        }
    }

    /** Reads {@code ce-fdh} or {@code cr-fdh} (any case). */
    static final class CeilingConverter implements ITypeConverter<CeilingMethod> {
        @Override
        public CeilingMethod convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "ce-fdh" -> CeilingMethod.CE_FDH;
                case "cr-fdh" -> CeilingMethod.CR_FDH;
                default -> throw new TypeConversionException("expected ce-fdh or cr-fdh but found '" + value + "'");
            };
        }
    }
}
