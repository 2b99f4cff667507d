package dev.csimodel.data;

/**
 * The scalar kernel: the columns fall into blocks of four, and only the blocks on and above the
 * diagonal are computed. An off-diagonal block is a 4 x 4 register tile (eight loads feed
 * sixteen multiply-adds per row); a diagonal block computes only its ten upper entries. For 28
 * columns that is exactly the 406 products of the upper triangle, against 448 for
 * {@link TiledCrossProduct}, and fewer loads per multiply-add.
 */
final class SymmetricCrossProduct implements CrossProductKernel {

    @Override
    public void add(double[] x, int columnStride, int stride, int rows, double[] m2) {
        for (int j = 0; j < stride; j += ChunkKernel.TILE) {
            diagonal(x, columnStride, stride, rows, j, m2);
            for (int k = j + ChunkKernel.TILE; k < stride; k += ChunkKernel.TILE) {
                block(x, columnStride, stride, rows, j, k, m2);
            }
        }
    }

    @Override
    public String name() {
        return "scalar";
    }

    /** The ten upper entries of the 4 x 4 block of columns {@code j .. j + 3} with themselves. */
    private static void diagonal(double[] x, int columnStride, int stride, int rows, int j, double[] m2) {
        int a0 = j * columnStride;
        int a1 = a0 + columnStride;
        int a2 = a1 + columnStride;
        int a3 = a2 + columnStride;
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s11 = 0, s12 = 0, s13 = 0, s22 = 0, s23 = 0, s33 = 0;
        for (int i = 0; i < rows; i++) {
            double u0 = x[a0 + i];
            double u1 = x[a1 + i];
            double u2 = x[a2 + i];
            double u3 = x[a3 + i];
            s00 = Math.fma(u0, u0, s00);
            s01 = Math.fma(u0, u1, s01);
            s02 = Math.fma(u0, u2, s02);
            s03 = Math.fma(u0, u3, s03);
            s11 = Math.fma(u1, u1, s11);
            s12 = Math.fma(u1, u2, s12);
            s13 = Math.fma(u1, u3, s13);
            s22 = Math.fma(u2, u2, s22);
            s23 = Math.fma(u2, u3, s23);
            s33 = Math.fma(u3, u3, s33);
        }
        int r = j * stride + j;
        m2[r] += s00;
        m2[r + 1] += s01;
        m2[r + 2] += s02;
        m2[r + 3] += s03;
        r += stride;
        m2[r + 1] += s11;
        m2[r + 2] += s12;
        m2[r + 3] += s13;
        r += stride;
        m2[r + 2] += s22;
        m2[r + 3] += s23;
        r += stride;
        m2[r + 3] += s33;
    }

    /** The 4 x 4 block of columns {@code j .. j + 3} against {@code k .. k + 3}, {@code k > j}. */
    private static void block(double[] x, int columnStride, int stride, int rows, int j, int k, double[] m2) {
        int a0 = j * columnStride;
        int a1 = a0 + columnStride;
        int a2 = a1 + columnStride;
        int a3 = a2 + columnStride;
        int b0 = k * columnStride;
        int b1 = b0 + columnStride;
        int b2 = b1 + columnStride;
        int b3 = b2 + columnStride;
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int i = 0; i < rows; i++) {
            double u0 = x[a0 + i];
            double u1 = x[a1 + i];
            double u2 = x[a2 + i];
            double u3 = x[a3 + i];
            double c0 = x[b0 + i];
            double c1 = x[b1 + i];
            double c2 = x[b2 + i];
            double c3 = x[b3 + i];
            s00 = Math.fma(u0, c0, s00);
            s01 = Math.fma(u0, c1, s01);
            s02 = Math.fma(u0, c2, s02);
            s03 = Math.fma(u0, c3, s03);
            s10 = Math.fma(u1, c0, s10);
            s11 = Math.fma(u1, c1, s11);
            s12 = Math.fma(u1, c2, s12);
            s13 = Math.fma(u1, c3, s13);
            s20 = Math.fma(u2, c0, s20);
            s21 = Math.fma(u2, c1, s21);
            s22 = Math.fma(u2, c2, s22);
            s23 = Math.fma(u2, c3, s23);
            s30 = Math.fma(u3, c0, s30);
            s31 = Math.fma(u3, c1, s31);
            s32 = Math.fma(u3, c2, s32);
            s33 = Math.fma(u3, c3, s33);
        }
        int r = j * stride + k;
        add4(m2, r, s00, s01, s02, s03);
        add4(m2, r + stride, s10, s11, s12, s13);
        add4(m2, r + 2 * stride, s20, s21, s22, s23);
        add4(m2, r + 3 * stride, s30, s31, s32, s33);
    }

    static void add4(double[] m2, int r, double a, double b, double c, double d) {
        m2[r] += a;
        m2[r + 1] += b;
        m2[r + 2] += c;
        m2[r + 3] += d;
    }
}
