package dev.csimodel.spark;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A serialisable stand-in for a model and its settings, shipped to executors inside Spark
 * closures: the model travels as its lavaan-style syntax ({@link ModelSyntax#format}), the
 * settings as the values of their record components, and both are rebuilt on the executor.
 * Going through the record components (rather than naming them) keeps every setting, including
 * ones added to {@link PlsSettings} later.
 */
record EstimatorSpec(String modelSyntax, Object[] settingValues) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @throws CsiSpecificationException naming the setting if one cannot be serialised
     */
    static EstimatorSpec of(PathModel model, PlsSettings s) {
        RecordComponent[] rc = PlsSettings.class.getRecordComponents();
        Object[] values = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            Object v = portable(invoke(rc[i], s));
            if (v != null && !(v instanceof Serializable)) {
                throw new CsiSpecificationException("setting '" + rc[i].getName() + "' (" + v.getClass().getName()
                        + ") cannot be shipped to Spark executors: it is not serialisable");
            }
            values[i] = v;
        }
        return new EstimatorSpec(ModelSyntax.format(model), values);
    }

    PathModel model() {
        return ModelSyntax.parse(modelSyntax);
    }

    PlsSettings settings() {
        RecordComponent[] rc = PlsSettings.class.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
        }
        try {
            return PlsSettings.class.getDeclaredConstructor(types).newInstance(settingValues);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CsiSpecificationException(
                    "cannot rebuild the settings on the executor: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new CsiSpecificationException("cannot rebuild the settings on the executor: " + e, e);
        }
    }

    PlsEstimator estimator() {
        return new PlsEstimator(settings());
    }

    /** JDK immutable collections serialise under Java serialisation but not under Kryo: copy them. */
    private static Object portable(Object v) {
        if (v instanceof Map<?, ?> m) {
            return new HashMap<>(m);
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return v;
    }

    private static Object invoke(RecordComponent c, PlsSettings s) {
        try {
            return c.getAccessor().invoke(s);
        } catch (ReflectiveOperationException e) {
            throw new CsiSpecificationException("cannot read setting '" + c.getName() + "': " + e, e);
        }
    }
}
