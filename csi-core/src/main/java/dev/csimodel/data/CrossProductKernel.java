package dev.csimodel.data;

/**
 * Adds the cross-product X'X of a centred chunk to the running centred cross-products: the
 * inner loop of the moment accumulator, where nearly all of its arithmetic is. The chunk is
 * column-major ({@code x[j * columnStride + i]}, {@code stride} columns, a multiple of
 * {@link ChunkKernel#TILE}, whose padding columns are zero); rows {@code rows} up to
 * {@link ChunkKernel#paddedRows(int)} are zero too, so a kernel may run over whole vectors.
 * The sums go to the upper triangle, diagonal included, of the row-major
 * {@code stride x stride} matrix {@code m2}; entries below the diagonal are never read.
 *
 * <p>Implementations differ only in the order of the additions (results agree to a few units
 * in the last place, see {@code CrossProductKernelTest}): {@link TiledCrossProduct} (the 2 x 4
 * tiles of version 0.1), {@link SymmetricCrossProduct} (scalar, symmetric-only 4 x 4 tiles) and
 * {@code VectorCrossProduct} (the same schedule on SIMD vectors, used when the JVM was started
 * with {@code --add-modules jdk.incubator.vector}); {@link CrossProductKernels} chooses.
 */
interface CrossProductKernel {

    /** Adds X'X of the first {@code rows} rows of {@code x} to the upper triangle of {@code m2}. */
    void add(double[] x, int columnStride, int stride, int rows, double[] m2);

    /** @return a short name for benchmarks and logs */
    String name();
}
