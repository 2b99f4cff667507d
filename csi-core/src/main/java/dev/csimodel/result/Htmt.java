package dev.csimodel.result;

import dev.csimodel.spec.BlockStructure;
import org.ejml.data.DMatrixRMaj;

import java.util.OptionalDouble;

/**
 * Heterotrait-monotrait ratios of two blocks from the indicator correlation matrix: HTMT
 * (Henseler, Ringle and Sarstedt 2015, arithmetic means) and HTMT2 (Roemer, Schuberth and
 * Henseler 2021, geometric means). The monotrait mean of a single-indicator block is 1, as in
 * seminr (its only correlation is the item with itself).
 */
final class Htmt {

    private final BlockStructure blocks;
    private final DMatrixRMaj corr;

    Htmt(BlockStructure blocks, DMatrixRMaj corr) {
        this.blocks = blocks;
        this.corr = corr;
    }

    /** HTMT: mean heterotrait correlation over sqrt of the product of the mean monotrait ones. */
    OptionalDouble htmt(int ka, int kb, HtmtCorrelations kind) {
        double hetero = 0;
        for (int i = blocks.start(ka); i < blocks.end(ka); i++) {
            for (int j = blocks.start(kb); j < blocks.end(kb); j++) {
                hetero += value(i, j, kind);
            }
        }
        hetero /= blocks.blockSize(ka) * blocks.blockSize(kb);
        double mono = monotrait(ka, kind) * monotrait(kb, kind);
        // A block whose mean within-block correlation is not positive has no HTMT denominator.
        return mono > 0 ? OptionalDouble.of(hetero / Math.sqrt(mono)) : OptionalDouble.empty();
    }

    /**
     * HTMT2: the same ratio with geometric means. Undefined (empty), as in cSEM, when any
     * correlation it needs is not positive: the geometric mean of such values is not real.
     */
    OptionalDouble htmt2(int ka, int kb) {
        double logHetero = 0;
        for (int i = blocks.start(ka); i < blocks.end(ka); i++) {
            for (int j = blocks.start(kb); j < blocks.end(kb); j++) {
                if (!(corr.get(i, j) > 0)) {
                    return OptionalDouble.empty();
                }
                logHetero += Math.log(corr.get(i, j));
            }
        }
        logHetero /= blocks.blockSize(ka) * blocks.blockSize(kb);
        OptionalDouble ma = logMonotrait(ka);
        OptionalDouble mb = logMonotrait(kb);
        if (ma.isEmpty() || mb.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.exp(logHetero - 0.5 * (ma.getAsDouble() + mb.getAsDouble())));
    }

    private double value(int i, int j, HtmtCorrelations kind) {
        double r = corr.get(i, j);
        return kind == HtmtCorrelations.ABSOLUTE ? Math.abs(r) : r;
    }

    private double monotrait(int k, HtmtCorrelations kind) {
        if (blocks.blockSize(k) == 1) {
            return 1.0;
        }
        double sum = 0;
        int count = 0;
        for (int i = blocks.start(k); i < blocks.end(k); i++) {
            for (int j = i + 1; j < blocks.end(k); j++) {
                sum += value(i, j, kind);
                count++;
            }
        }
        return sum / count;
    }

    /** Log of the geometric mean of the within-block correlations; empty if one is not positive. */
    private OptionalDouble logMonotrait(int k) {
        if (blocks.blockSize(k) == 1) {
            return OptionalDouble.of(0.0);
        }
        double sum = 0;
        int count = 0;
        for (int i = blocks.start(k); i < blocks.end(k); i++) {
            for (int j = i + 1; j < blocks.end(k); j++) {
                if (!(corr.get(i, j) > 0)) {
                    return OptionalDouble.empty();
                }
                sum += Math.log(corr.get(i, j));
                count++;
            }
        }
        return OptionalDouble.of(sum / count);
    }
}
