package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.SpecificIndirectEffect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mediation analysis from a bootstrap run: every specific indirect effect with its bootstrap
 * inference and its Zhao, Lynch and Chen (2010) type, judged with one interval construction
 * (an effect is significant when its interval excludes zero; Zhao et al. 2010 and Preacher and
 * Hayes 2008 recommend the bootstrap interval of a·b over the Sobel test). Stateless.
 */
public final class MediationAnalysis {

    private MediationAnalysis() {
    }

    /**
     * @param boot   a bootstrap run (its statistics include every specific indirect effect)
     * @param method the interval that decides significance; the run must have computed it
     * @return one entry per specific indirect effect, in {@link PlsResult#specificIndirectEffects()} order
     * @throws CsiSpecificationException if the run did not compute {@code method} intervals or
     *                                   has no specific indirect effects (more than 10,000 routes)
     */
    public static List<MediationEffect> of(BootstrapResult boot, IntervalMethod method) {
        Arguments.requireNonNull(boot, "boot");
        Arguments.requireNonNull(method, "method");
        if (!boot.settings().computes(method)) {
            throw new CsiSpecificationException(method + " intervals were not requested in the bootstrap settings; "
                    + "the mediation types need them");
        }
        List<MediationEffect> out = new ArrayList<>();
        for (SpecificIndirectEffect e : boot.original().specificIndirectEffects()) {
            out.add(effect(boot, e.from(), e.through(), e.to(), method));
        }
        return List.copyOf(out);
    }

    /**
     * @return the mediation analysis of the one route {@code from -> through... -> to}
     * @throws CsiSpecificationException if the run has no such route or did not compute {@code method}
     * @param boot a bootstrap run (its statistics include every specific indirect effect)
     * @param method the interval that decides significance; the run must have computed it
     * @param from the name of the antecedent construct
     * @param through the mediators' names, in path order, at least one
     * @param to the name of the outcome construct
     */
    public static MediationEffect of(BootstrapResult boot, String from, List<String> through, String to,
                                     IntervalMethod method) {
        Arguments.requireNonNull(boot, "boot");
        Arguments.requireNonNull(from, "from");
        Arguments.requireNonNull(through, "through");
        Arguments.requireNonNull(to, "to");
        Arguments.requireNonNull(method, "method");
        boot.estimate(StatisticKey.specificIndirect(from, through, to)); // names the missing route
        if (!boot.settings().computes(method)) {
            throw new CsiSpecificationException(method + " intervals were not requested in the bootstrap settings");
        }
        return effect(boot, from, through, to, method);
    }

    private static MediationEffect effect(BootstrapResult boot, String from, List<String> through, String to,
                                          IntervalMethod method) {
        BootstrapEstimate indirect = boot.specificIndirect(from, through, to);
        Optional<BootstrapEstimate> direct = boot.original().model().hasPath(from, to)
                ? Optional.of(boot.path(from, to)) : Optional.empty();
        Optional<MediationType> type = Optional.empty();
        if (!indirect.intervalsWithheld()) {
            boolean directSignificant = direct.map(d -> excludesZero(d, method)).orElse(false);
            boolean sameSign = direct.map(d -> d.original() * indirect.original() > 0).orElse(false);
            type = Optional.of(MediationType.classify(excludesZero(indirect, method), directSignificant, sameSign));
        }
        return new MediationEffect(from, through, to, indirect, direct, type);
    }

    private static boolean excludesZero(BootstrapEstimate e, IntervalMethod method) {
        Interval i = e.interval(method);
        return i.lower() > 0 || i.upper() < 0;
    }
}
