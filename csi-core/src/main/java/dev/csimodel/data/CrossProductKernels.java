package dev.csimodel.data;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Chooses the {@link CrossProductKernel} once per JVM: the vector kernel when the JVM was
 * started with {@code --add-modules jdk.incubator.vector} on hardware with vectors of at least
 * four doubles and C2 compiling (not with {@code -XX:TieredStopAtLevel=1} or {@code -Xint}),
 * else the scalar symmetric kernel. The system property
 * {@value #PROPERTY} ({@code auto}, {@code vector}, {@code scalar} or {@code tiled}) overrides
 * the choice, for benchmarks and for ruling the vector code out when chasing a problem;
 * {@code vector} insists on the vector kernel whatever the compiler, but without the module
 * falls back to scalar.
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

    /**
     * Whether C2 compiles this JVM's hot code: vector code run by the interpreter or C1 boxes
     * every vector (measured: the 250-row moments of the bank model took 625 µs with
     * {@code -XX:TieredStopAtLevel=1}, against 42–65 µs for the scalar kernel).
     */
    static boolean optimisingCompiler() {
        if (String.valueOf(System.getProperty("java.vm.info")).contains("interpreted")) {
            return false;
        }
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return vm == null || Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue()) >= 4;
        } catch (RuntimeException | LinkageError e) {
            // Not HotSpot, or no management module: assume the default, an optimising JIT.
            return true;
        }
    }

    static CrossProductKernel choose(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "tiled":
                return tiled();
            case "scalar":
                return SCALAR;
            case "vector":
                CrossProductKernel forced = vector();
                return forced == null ? SCALAR : forced;
            default:
                CrossProductKernel v = vector();
                return v == null || !optimisingCompiler() ? SCALAR : v;
        }
    }
}
