package dev.csimodel.data;

import java.util.Locale;

/**
 * Chooses the {@link CrossProductKernel} once per JVM: the vector kernel when the JVM was
 * started with {@code --add-modules jdk.incubator.vector} on hardware with vectors of at least
 * four doubles, else the scalar symmetric kernel. The system property
 * {@value #PROPERTY} ({@code auto}, {@code vector}, {@code scalar} or {@code tiled}) overrides
 * the choice, for benchmarks and for ruling the vector code out when chasing a problem;
 * {@code vector} without the module falls back to scalar.
 */
final class CrossProductKernels {

    static final String PROPERTY = "csimodel.kernel";

    private static final CrossProductKernel SCALAR = new SymmetricCrossProduct();
    private static final CrossProductKernel CHOSEN = choose(System.getProperty(PROPERTY, "auto"));

    private CrossProductKernels() {
    }

    /** @return the kernel of this JVM */
    static CrossProductKernel chosen() {
        return CHOSEN;
    }

    /** @return the scalar symmetric kernel, the fall-back */
    static CrossProductKernel scalar() {
        return SCALAR;
    }

    /** @return the kernel of version 0.1, the reference */
    static CrossProductKernel tiled() {
        return new TiledCrossProduct();
    }

    /** @return the vector kernel, or null when the module is absent or vectors are too short */
    static CrossProductKernel vector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            // Loaded by name: the class links against the incubator module, so nothing may
            // refer to it directly unless the module is known to be there.
            Class<?> c = Class.forName("dev.csimodel.data.VectorCrossProduct");
            CrossProductKernel k = (CrossProductKernel) c.getDeclaredConstructor().newInstance();
            return VectorCrossProduct.worthwhile() ? k : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    static CrossProductKernel choose(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "tiled":
                return tiled();
            case "scalar":
                return SCALAR;
            default:
                CrossProductKernel v = vector();
                return v == null ? SCALAR : v;
        }
    }
}
