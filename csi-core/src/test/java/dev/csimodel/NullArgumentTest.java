package dev.csimodel;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.Moments;
import dev.csimodel.data.WeightedMoments;
import dev.csimodel.data.missing.MissingData;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.data.missing.MissingValues;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.gsca.GscaEstimator;
import dev.csimodel.gsca.GscaSettings;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every public method and constructor of the main public classes, called with each reference
 * argument null in turn (the others valid), throws {@link CsiSpecificationException} naming that
 * parameter, never a bare NullPointerException (issue #10 item 17). Parameter names come from
 * the class files (compiled with {@code -parameters}).
 */
class NullArgumentTest {

    private static final List<Class<?>> CLASSES = List.of(DataTable.class, Moments.class, MomentAccumulator.class,
            WeightedMoments.class, MissingValues.class, MissingData.class, PlsEstimator.class, PlsSettings.class,
            DataHandling.class, PathModelBuilder.class, ModelSyntax.class, dev.csimodel.bootstrap.Bootstrap.class,
            dev.csimodel.bootstrap.BootstrapSettings.class, dev.csimodel.groups.GroupComparison.class,
            dev.csimodel.predict.PlsPredict.class, dev.csimodel.predict.Blindfolding.class,
            dev.csimodel.hierarchy.HigherOrderEstimator.class, dev.csimodel.hierarchy.HigherOrderSettings.class,
            dev.csimodel.hierarchy.HigherOrderProblem.class, dev.csimodel.hierarchy.HigherOrderResult.class,
            dev.csimodel.hierarchy.HigherOrderMeasurement.class,
            GscaEstimator.class, GscaSettings.class,
            dev.csimodel.estimate.RepeatedEstimation.class,
            dev.csimodel.groups.BootstrapGroupComparison.class,
            dev.csimodel.bootstrap.MediationAnalysis.class, dev.csimodel.bootstrap.HtmtInference.class,
            dev.csimodel.bootstrap.PathTests.class, dev.csimodel.predict.Cvpat.class,
            dev.csimodel.spec.InteractionTerm.class, dev.csimodel.spec.InteractionPath.class,
            dev.csimodel.moderation.ModerationSettings.class, dev.csimodel.moderation.ModerationEstimator.class,
            dev.csimodel.moderation.ModerationProblem.class, dev.csimodel.moderation.ModerationResult.class,
            dev.csimodel.moderation.SlopeSettings.class, dev.csimodel.moderation.SlopeAnalysis.class,
            dev.csimodel.moderation.SlopeAnalysisResult.class,
            dev.csimodel.ordinal.OrdinalEstimator.class, dev.csimodel.ordinal.OrdinalSettings.class,
            dev.csimodel.ordinal.IndicatorCorrelations.class, dev.csimodel.ordinal.OrdinalIndicator.class,
            dev.csimodel.ordinal.OrdinalResult.class);

    /** Arguments for which null is documented as meaningful ("no weights", "drop weighting"). */
    private static final Set<String> NULL_ALLOWED = Set.of("DataHandling.withWeightColumn.column",
            "DataHandling.<init>.weightColumn", "MissingData.prepare.weights",
            "Moments.<init>.minima", "Moments.<init>.maxima");

    private static final DataTable TABLE = DataTable.ofRows(List.of("a1", "b1"), new double[][]{{1, 2}, {2, 1}, {3, 5}});
    private static final PathModel MODEL = PathModel.builder().construct("A").modeA("a1").construct("B").modeA("b1")
            .path("A", "B").build();

    private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

    static {
        SAMPLES.put(String.class, () -> "a1");
        SAMPLES.put(List.class, () -> List.of("a1"));
        SAMPLES.put(double[].class, () -> new double[]{1, 2, 3});
        SAMPLES.put(double[][].class, () -> new double[][]{{1}, {2}});
        SAMPLES.put(int[].class, () -> new int[]{0});
        SAMPLES.put(boolean[].class, () -> new boolean[]{true, true, true});
        SAMPLES.put(dev.csimodel.estimate.WeightKind.class, () -> dev.csimodel.estimate.WeightKind.SAMPLING);
        SAMPLES.put(String[].class, () -> new String[]{"a1"});
        SAMPLES.put(IntPredicate.class, () -> (IntPredicate) i -> true);
        SAMPLES.put(DataTable.class, () -> TABLE);
        SAMPLES.put(PathModel.class, () -> MODEL);
        SAMPLES.put(Moments.class, () -> Moments.of(TABLE, List.of("a1", "b1")));
        SAMPLES.put(MissingStrategy.class, () -> MissingStrategy.REJECT);
        SAMPLES.put(DataHandling.class, DataHandling::defaults);
        SAMPLES.put(PlsSettings.class, PlsSettings::defaults);
        SAMPLES.put(OuterMode.class, () -> OuterMode.A);
        SAMPLES.put(InnerScheme.class, () -> InnerScheme.PATH);
        SAMPLES.put(Scaling.class, () -> Scaling.STANDARDISED);
        SAMPLES.put(Map.class, Map::of);
        SAMPLES.put(Reader.class, () -> new StringReader("A =~ a1"));
        SAMPLES.put(PathModelBuilder.class, PathModel::builder);
        SAMPLES.put(MomentAccumulator.class, () -> MomentAccumulator.of(List.of("a1")));
        SAMPLES.put(Iterator.class, Collections::emptyIterator);
        SAMPLES.put(PlsEstimator.class, PlsEstimator::withDefaults);
        SAMPLES.put(GscaSettings.class, GscaSettings::defaults);
        SAMPLES.put(GscaEstimator.class, GscaEstimator::withDefaults);
        SAMPLES.put(dev.csimodel.bootstrap.BootstrapSettings.class, dev.csimodel.bootstrap.BootstrapSettings::defaults);
        SAMPLES.put(dev.csimodel.bootstrap.BootstrapListener.class, () -> dev.csimodel.bootstrap.BootstrapListener.NONE);
        SAMPLES.put(dev.csimodel.bootstrap.SignChange.class, () -> dev.csimodel.bootstrap.SignChange.NONE);
        SAMPLES.put(dev.csimodel.bootstrap.FailurePolicy.class, () -> dev.csimodel.bootstrap.FailurePolicy.DROP);
        SAMPLES.put(dev.csimodel.bootstrap.IntervalMethod.class, () -> dev.csimodel.bootstrap.IntervalMethod.values()[0]);
        SAMPLES.put(dev.csimodel.bootstrap.IntervalMethod[].class, () -> new dev.csimodel.bootstrap.IntervalMethod[0]);
        SAMPLES.put(Set.class, () -> Set.of(dev.csimodel.bootstrap.IntervalMethod.values()[0]));
        SAMPLES.put(dev.csimodel.groups.PermutationSettings.class, dev.csimodel.groups.PermutationSettings::defaults);
        SAMPLES.put(dev.csimodel.predict.PredictionSettings.class, dev.csimodel.predict.PredictionSettings::defaults);
        SAMPLES.put(String[].class, () -> new String[]{"a1"});
        SAMPLES.put(dev.csimodel.bootstrap.BootstrapResult.class, NullArgumentTest::bankBootstrap);
        SAMPLES.put(dev.csimodel.result.PValueAdjustment.class, () -> dev.csimodel.result.PValueAdjustment.HOLM);
        SAMPLES.put(dev.csimodel.hierarchy.HigherOrderSettings.class, dev.csimodel.hierarchy.HigherOrderSettings::defaults);
        SAMPLES.put(dev.csimodel.hierarchy.HigherOrderMethod.class, () -> dev.csimodel.hierarchy.HigherOrderMethod.REPEATED_INDICATORS);
        SAMPLES.put(dev.csimodel.hierarchy.HigherOrderEstimator.class, dev.csimodel.hierarchy.HigherOrderEstimator::withDefaults);
        SAMPLES.put(dev.csimodel.hierarchy.HigherOrderProblem.class, NullArgumentTest::hocProblem);
        SAMPLES.put(dev.csimodel.hierarchy.HigherOrderResult.class,
                () -> dev.csimodel.hierarchy.HigherOrderEstimator.withDefaults().estimate(hocProblem()));
        SAMPLES.put(dev.csimodel.hierarchy.HigherOrderMeasurement.class, () -> dev.csimodel.hierarchy.HigherOrderEstimator
                .withDefaults().estimate(hocProblem()).measurement("H"));
        SAMPLES.put(java.util.OptionalDouble.class, java.util.OptionalDouble::empty);
        SAMPLES.put(dev.csimodel.moderation.ModerationSettings.class, dev.csimodel.moderation.ModerationSettings::defaults);
        SAMPLES.put(dev.csimodel.moderation.InteractionMethod.class, () -> dev.csimodel.moderation.InteractionMethod.TWO_STAGE);
        SAMPLES.put(dev.csimodel.spec.InteractionTerm.class, () -> new dev.csimodel.spec.InteractionTerm("A", "B"));
        SAMPLES.put(dev.csimodel.moderation.ModerationEstimator.class, dev.csimodel.moderation.ModerationEstimator::withDefaults);
        SAMPLES.put(dev.csimodel.moderation.ModerationResult.class, NullArgumentTest::moderation);
        SAMPLES.put(dev.csimodel.moderation.ModerationProblem.class, () -> moderation().problem());
        SAMPLES.put(dev.csimodel.moderation.SlopeSettings.class, dev.csimodel.moderation.SlopeSettings::defaults);
        SAMPLES.put(dev.csimodel.moderation.SlopeAnalysis.class, () -> new dev.csimodel.moderation.SlopeAnalysis(
                dev.csimodel.moderation.ModerationEstimator.withDefaults(), dev.csimodel.moderation.SlopeSettings.defaults()));
        SAMPLES.put(dev.csimodel.moderation.SlopeAnalysisResult.class, NullArgumentTest::slopes);
        SAMPLES.put(dev.csimodel.ordinal.OrdinalSettings.class, dev.csimodel.ordinal.OrdinalSettings::allIndicators);
        SAMPLES.put(dev.csimodel.ordinal.OrdinalEstimator.class, () -> new dev.csimodel.ordinal.OrdinalEstimator(
                PlsSettings.defaults(), dev.csimodel.ordinal.OrdinalSettings.allIndicators()));
        SAMPLES.put(dev.csimodel.ordinal.IndicatorCorrelations.class, () -> dev.csimodel.ordinal.IndicatorCorrelations
                .estimate(TABLE, List.of("a1", "b1"), dev.csimodel.ordinal.OrdinalSettings.allIndicators()));
        SAMPLES.put(dev.csimodel.ordinal.OrdinalIndicator.class,
                () -> dev.csimodel.ordinal.OrdinalIndicator.of("a1", new double[]{1, 2, 3}, 20));
        SAMPLES.put(dev.csimodel.ordinal.OrdinalResult.class, () -> new dev.csimodel.ordinal.OrdinalEstimator(
                PlsSettings.defaults(), dev.csimodel.ordinal.OrdinalSettings.allIndicators()).estimate(MODEL, TABLE));
        SAMPLES.put(dev.csimodel.result.PlsResult.class, () -> PlsEstimator.withDefaults().estimate(MODEL, TABLE));
    }

    private static dev.csimodel.hierarchy.HigherOrderProblem hocProblem() {
        return new dev.csimodel.hierarchy.HigherOrderProblem(
                PathModel.builder().construct("A").modeA("a1").construct("B").modeA("b1")
                        .construct("H").higherOrder(OuterMode.A, "A", "B").construct("C").modeA("c1").path("H", "C").build(),
                DataTable.ofRows(List.of("a1", "b1", "c1"),
                        new double[][]{{1, 2, 1}, {2, 1, 3}, {3, 5, 2}, {4, 3, 5}, {2, 4, 4}, {5, 2, 3}}));
    }


    private static dev.csimodel.bootstrap.BootstrapResult bankBootstrap;

    /** A small bootstrap of the bank model (a model whose routes have mediators), made once. */
    private static synchronized dev.csimodel.bootstrap.BootstrapResult bankBootstrap() {
        if (bankBootstrap == null) {
            bankBootstrap = new dev.csimodel.bootstrap.Bootstrap(PlsEstimator.withDefaults(),
                    dev.csimodel.bootstrap.BootstrapSettings.defaults().withResamples(20).withThreads(1))
                    .run(dev.csimodel.reference.BankData.model(OuterMode.A), dev.csimodel.reference.BankData.table());
        }
        return bankBootstrap;
    }

    /** Slopes of the tiny moderation estimate from 20 resamples. */
    private static dev.csimodel.moderation.SlopeAnalysisResult slopes() {
        var boot = dev.csimodel.bootstrap.BootstrapSettings.defaults().withResamples(20)
                .withIntervals(dev.csimodel.bootstrap.IntervalMethod.PERCENTILE);
        return new dev.csimodel.moderation.SlopeAnalysis(dev.csimodel.moderation.ModerationEstimator.withDefaults(),
                dev.csimodel.moderation.SlopeSettings.defaults().withBootstrap(boot))
                .run(moderation().problem().model(), moderation().problem().data().select(List.of("a1", "b1", "c1")));
    }

    /** A tiny moderation estimate, C ~ A + B + A:B on single items. */
    private static dev.csimodel.moderation.ModerationResult moderation() {
        double[][] rows = new double[12][3];
        java.util.Random random = new java.util.Random(3);
        for (double[] row : rows) {
            row[0] = random.nextGaussian();
            row[1] = random.nextGaussian();
            row[2] = row[0] + row[1] + row[0] * row[1] + random.nextGaussian();
        }
        PathModel m = PathModel.builder().construct("A").modeA("a1").construct("B").modeA("b1").construct("C")
                .modeA("c1").path("A", "C").path("B", "C").interaction("A", "B", "C").build();
        return dev.csimodel.moderation.ModerationEstimator.withDefaults()
                .estimate(m, DataTable.ofRows(List.of("a1", "b1", "c1"), rows));
    }

    private static Object receiver(Class<?> type) {
        if (SAMPLES.containsKey(type)) {
            return SAMPLES.get(type).get();
        }
        PlsSettings pls = PlsSettings.defaults();
        return type == dev.csimodel.bootstrap.Bootstrap.class
                ? new dev.csimodel.bootstrap.Bootstrap(PlsEstimator.withDefaults(), dev.csimodel.bootstrap.BootstrapSettings.defaults())
                : type == dev.csimodel.groups.GroupComparison.class
                ? new dev.csimodel.groups.GroupComparison(pls, dev.csimodel.groups.PermutationSettings.defaults())
                : type == dev.csimodel.predict.PlsPredict.class
                ? new dev.csimodel.predict.PlsPredict(pls, dev.csimodel.predict.PredictionSettings.defaults())
                : type == dev.csimodel.predict.Blindfolding.class ? new dev.csimodel.predict.Blindfolding(pls, 7)
                : type == dev.csimodel.estimate.RepeatedEstimation.class
                ? new dev.csimodel.estimate.RepeatedEstimation(MODEL, pls)
                : type == dev.csimodel.groups.BootstrapGroupComparison.class
                ? new dev.csimodel.groups.BootstrapGroupComparison(pls, dev.csimodel.bootstrap.BootstrapSettings.defaults())
                : type == dev.csimodel.predict.Cvpat.class
                ? new dev.csimodel.predict.Cvpat(pls, dev.csimodel.predict.PredictionSettings.defaults()) : null;
    }

    @Test
    void everyNullArgumentIsASpecificationErrorNamingTheParameter() throws Exception {
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (Class<?> type : CLASSES) {
            List<Executable> entries = new ArrayList<>(List.of(type.getConstructors()));
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.getName().equals("equals")) {
                    entries.add(m);
                }
            }
            for (Executable e : entries) {
                Parameter[] ps = e.getParameters();
                for (int i = 0; i < ps.length; i++) {
                    String key = type.getSimpleName() + "." + (e instanceof Constructor ? "<init>" : e.getName()) + "." + ps[i].getName();
                    if (ps[i].getType().isPrimitive() || NULL_ALLOWED.contains(key)) {
                        continue;
                    }
                    checked++;
                    String problem = callWithNull(type, e, i);
                    if (problem != null) {
                        failures.add(key + ": " + problem);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked > 50, "only " + checked + " arguments checked");
    }

    /** @return null if the call threw the expected exception, otherwise what happened */
    private static String callWithNull(Class<?> type, Executable e, int index) throws Exception {
        Parameter[] ps = e.getParameters();
        Object[] args = new Object[ps.length];
        for (int j = 0; j < ps.length; j++) {
            if (j != index) {
                args[j] = sample(ps[j].getType());
            }
        }
        try {
            if (e instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                Method m = (Method) e;
                m.invoke(Modifier.isStatic(m.getModifiers()) ? null : receiver(type), args);
            }
            return "no exception";
        } catch (InvocationTargetException t) {
            Throwable cause = t.getCause();
            if (cause instanceof CsiSpecificationException && expectedName(e, ps[index]).equals(cause.getMessage())) {
                return null;
            }
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }

    /**
     * The parameter's name; a wither {@code withStartWeights(value)} of a settings record names
     * the record component instead ("startWeights"), which says more.
     */
    private static String expectedName(Executable e, Parameter p) {
        String name = p.getName();
        if (e instanceof Method m && m.getName().startsWith("with") && m.getDeclaringClass().isRecord()
                && name.equals("value")) {
            name = Character.toLowerCase(m.getName().charAt(4)) + m.getName().substring(5);
        }
        return "argument '" + name + "' must not be null";
    }

    private static Object sample(Class<?> type) {
        if (type == double.class) {
            return 1.0;
        } else if (type == int.class) {
            return 1;
        } else if (type == long.class) {
            return 1L;
        } else if (type == boolean.class) {
            return false;
        }
        Supplier<Object> s = SAMPLES.get(type);
        if (s == null) {
            fail("no sample value for parameter type " + type.getName() + ": add one to the test");
        }
        return s.get();
    }

    @Test
    void theNamedEntryPointsOfTheIssue() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> PlsEstimator.withDefaults().estimate(null, TABLE));
        assertEquals("argument 'model' must not be null", e.getMessage());
        e = assertThrows(CsiSpecificationException.class, () -> DataTable.ofRows(null, new double[0][]));
        assertEquals("argument 'names' must not be null", e.getMessage());
        e = assertThrows(CsiSpecificationException.class, () -> PlsSettings.defaults().withStartWeights(null));
        assertEquals("argument 'startWeights' must not be null", e.getMessage());
        e = assertThrows(CsiSpecificationException.class, () -> MissingValues.recode(null, -99));
        assertEquals("argument 'table' must not be null", e.getMessage());
        e = assertThrows(CsiSpecificationException.class, () -> ModelSyntax.parse((String) null));
        assertEquals("argument 'text' must not be null", e.getMessage());
        e = assertThrows(CsiSpecificationException.class, () -> PathModel.builder().construct(null));
        assertEquals("argument 'name' must not be null", e.getMessage());
    }
}
