package dev.csimodel.groups;

import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * The bootstrap-based tests of the difference of one path coefficient between groups A and B.
 *
 * @param from       the predecessor
 * @param to         the dependent construct
 * @param estimateA  β_A
 * @param estimateB  β_B
 * @param difference β_A − β_B
 * @param stdErrorA  the bootstrap standard error in A
 * @param stdErrorB  the bootstrap standard error in B
 * @param tests      one test per {@link MgaMethod}, in its order
 */
public record BootstrapPathDifference(String from, String to, double estimateA, double estimateB, double difference,
                                      double stdErrorA, double stdErrorB, List<MgaTest> tests) {

    /**
     * Copies the tests.
     * @param from the predecessor
     * @param to the dependent construct
     * @param estimateA β_A
     * @param estimateB β_B
     * @param difference β_A − β_B
     * @param stdErrorA the bootstrap standard error in A
     * @param stdErrorB the bootstrap standard error in B
     * @param tests one test per {@link MgaMethod}, in its order
     */
    public BootstrapPathDifference {
        tests = List.copyOf(tests);
    }

    /**
     * @return the test by {@code method}
     * @throws CsiSpecificationException if it is absent
     * @param method the multigroup test procedure
     */
    public MgaTest test(MgaMethod method) {
        return tests.stream().filter(t -> t.method() == method).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("no " + method + " test of " + from + " -> " + to));
    }
}
