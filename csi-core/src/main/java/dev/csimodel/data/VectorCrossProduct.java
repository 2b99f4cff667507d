package dev.csimodel.data;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The schedule of {@link SymmetricCrossProduct} on SIMD vectors of rows: each of the sixteen
 * (or ten) sums of a tile is a vector of partial sums over rows {@code i ≡ lane (mod L)},
 * reduced to a scalar once per tile and chunk. With 8 lanes (AVX-512) one vector multiply-add
 * does the work of eight scalar ones.
 *
 * <p>Uses the incubating Vector API of Java 17: this class may only be loaded when the module
 * {@code jdk.incubator.vector} is in the boot layer ({@link CrossProductKernels} checks), and it
 * is only fast once C2 has compiled it (the interpreter and C1 box every vector).
 */
final class VectorCrossProduct implements CrossProductKernel {

    /** The widest species of at most {@link ChunkKernel#ROW_PAD} lanes, so that the padded rows fill whole vectors. */
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED.length() <= ChunkKernel.ROW_PAD
            ? DoubleVector.SPECIES_PREFERRED : DoubleVector.SPECIES_512;
    private static final int LANES = SPECIES.length();

    /** @return whether the hardware has vectors of at least four doubles (else scalar is as fast) */
    static boolean worthwhile() {
        return LANES >= 4;
    }

    @Override
    public void add(double[] x, int columnStride, int stride, int rows, double[] m2) {
        int n = ChunkKernel.paddedRows(rows);
        for (int j = 0; j < stride; j += ChunkKernel.TILE) {
            diagonal(x, columnStride, stride, n, j, m2);
            for (int k = j + ChunkKernel.TILE; k < stride; k += ChunkKernel.TILE) {
                block(x, columnStride, stride, n, j, k, m2);
            }
        }
    }

    @Override
    public String name() {
        return "vector" + LANES;
    }

    private static void diagonal(double[] x, int columnStride, int stride, int n, int j, double[] m2) {
        int a0 = j * columnStride;
        int a1 = a0 + columnStride;
        int a2 = a1 + columnStride;
        int a3 = a2 + columnStride;
        DoubleVector s00 = DoubleVector.zero(SPECIES), s01 = s00, s02 = s00, s03 = s00, s11 = s00;
        DoubleVector s12 = s00, s13 = s00, s22 = s00, s23 = s00, s33 = s00;
        for (int i = 0; i < n; i += LANES) {
            DoubleVector u0 = DoubleVector.fromArray(SPECIES, x, a0 + i);
            DoubleVector u1 = DoubleVector.fromArray(SPECIES, x, a1 + i);
            DoubleVector u2 = DoubleVector.fromArray(SPECIES, x, a2 + i);
            DoubleVector u3 = DoubleVector.fromArray(SPECIES, x, a3 + i);
            s00 = u0.fma(u0, s00);
            s01 = u0.fma(u1, s01);
            s02 = u0.fma(u2, s02);
            s03 = u0.fma(u3, s03);
            s11 = u1.fma(u1, s11);
            s12 = u1.fma(u2, s12);
            s13 = u1.fma(u3, s13);
            s22 = u2.fma(u2, s22);
            s23 = u2.fma(u3, s23);
            s33 = u3.fma(u3, s33);
        }
        int r = j * stride + j;
        SymmetricCrossProduct.add4(m2, r, sum(s00), sum(s01), sum(s02), sum(s03));
        r += stride;
        m2[r + 1] += sum(s11);
        m2[r + 2] += sum(s12);
        m2[r + 3] += sum(s13);
        r += stride;
        m2[r + 2] += sum(s22);
        m2[r + 3] += sum(s23);
        m2[r + stride + 3] += sum(s33);
    }

    private static void block(double[] x, int columnStride, int stride, int n, int j, int k, double[] m2) {
        int a0 = j * columnStride;
        int a1 = a0 + columnStride;
        int a2 = a1 + columnStride;
        int a3 = a2 + columnStride;
        int b0 = k * columnStride;
        int b1 = b0 + columnStride;
        int b2 = b1 + columnStride;
        int b3 = b2 + columnStride;
        DoubleVector s00 = DoubleVector.zero(SPECIES), s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00;
        DoubleVector s12 = s00, s13 = s00, s20 = s00, s21 = s00, s22 = s00, s23 = s00, s30 = s00, s31 = s00;
        DoubleVector s32 = s00, s33 = s00;
        for (int i = 0; i < n; i += LANES) {
            DoubleVector c0 = DoubleVector.fromArray(SPECIES, x, b0 + i);
            DoubleVector c1 = DoubleVector.fromArray(SPECIES, x, b1 + i);
            DoubleVector c2 = DoubleVector.fromArray(SPECIES, x, b2 + i);
            DoubleVector c3 = DoubleVector.fromArray(SPECIES, x, b3 + i);
            DoubleVector u = DoubleVector.fromArray(SPECIES, x, a0 + i);
            s00 = u.fma(c0, s00);
            s01 = u.fma(c1, s01);
            s02 = u.fma(c2, s02);
            s03 = u.fma(c3, s03);
            u = DoubleVector.fromArray(SPECIES, x, a1 + i);
            s10 = u.fma(c0, s10);
            s11 = u.fma(c1, s11);
            s12 = u.fma(c2, s12);
            s13 = u.fma(c3, s13);
            u = DoubleVector.fromArray(SPECIES, x, a2 + i);
            s20 = u.fma(c0, s20);
            s21 = u.fma(c1, s21);
            s22 = u.fma(c2, s22);
            s23 = u.fma(c3, s23);
            u = DoubleVector.fromArray(SPECIES, x, a3 + i);
            s30 = u.fma(c0, s30);
            s31 = u.fma(c1, s31);
            s32 = u.fma(c2, s32);
            s33 = u.fma(c3, s33);
        }
        int r = j * stride + k;
        SymmetricCrossProduct.add4(m2, r, sum(s00), sum(s01), sum(s02), sum(s03));
        SymmetricCrossProduct.add4(m2, r + stride, sum(s10), sum(s11), sum(s12), sum(s13));
        SymmetricCrossProduct.add4(m2, r + 2 * stride, sum(s20), sum(s21), sum(s22), sum(s23));
        SymmetricCrossProduct.add4(m2, r + 3 * stride, sum(s30), sum(s31), sum(s32), sum(s33));
    }

    private static double sum(DoubleVector v) {
        return v.reduceLanes(VectorOperators.ADD);
    }
}
