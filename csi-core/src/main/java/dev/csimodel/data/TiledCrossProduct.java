package dev.csimodel.data;

/**
 * The kernel of version 0.1: 2 x 4 register tiles over column pairs, each keeping its eight
 * sums in registers while it runs down the rows (two plus four loads feed eight multiply-adds,
 * instead of two loads per multiply-add for a plain dot product). Tiles that touch the diagonal
 * also compute a few entries below it (448 products a row for 28 columns where 406 are needed).
 * Kept as the reference the faster kernels are tested and benchmarked against
 * ({@code -Dcsimodel.kernel=tiled}).
 */
final class TiledCrossProduct implements CrossProductKernel {

    @Override
    public void add(double[] x, int columnStride, int stride, int rows, double[] m2) {
        for (int j = 0; j < stride; j += 2) {
            for (int k = j - j % ChunkKernel.TILE; k < stride; k += ChunkKernel.TILE) {
                tile(x, columnStride, stride, rows, j, k, m2);
            }
        }
    }

    @Override
    public String name() {
        return "tiled";
    }

    private static void tile(double[] x, int columnStride, int stride, int rows, int j, int k, double[] m2) {
        int a0 = j * columnStride;
        int a1 = a0 + columnStride;
        int b0 = k * columnStride;
        int b1 = b0 + columnStride;
        int b2 = b1 + columnStride;
        int b3 = b2 + columnStride;
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        for (int i = 0; i < rows; i++) {
            double u = x[a0 + i];
            double v = x[a1 + i];
            double c0 = x[b0 + i];
            double c1 = x[b1 + i];
            double c2 = x[b2 + i];
            double c3 = x[b3 + i];
            s00 = Math.fma(u, c0, s00);
            s01 = Math.fma(u, c1, s01);
            s02 = Math.fma(u, c2, s02);
            s03 = Math.fma(u, c3, s03);
            s10 = Math.fma(v, c0, s10);
            s11 = Math.fma(v, c1, s11);
            s12 = Math.fma(v, c2, s12);
            s13 = Math.fma(v, c3, s13);
        }
        int r0 = j * stride + k;
        int r1 = r0 + stride;
        m2[r0] += s00;
        m2[r0 + 1] += s01;
        m2[r0 + 2] += s02;
        m2[r0 + 3] += s03;
        m2[r1] += s10;
        m2[r1 + 1] += s11;
        m2[r1 + 2] += s12;
        m2[r1 + 3] += s13;
    }
}
