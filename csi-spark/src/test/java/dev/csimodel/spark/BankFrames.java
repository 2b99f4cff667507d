package dev.csimodel.spark;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The ECSI bank data (test resource, see ORIGIN.md) as a {@link DataTable} for single-JVM
 * reference estimates and as a Spark data set with a synthetic {@code shop} column
 * (row i belongs to shop i mod 3) and the survey's {@code gender}.
 */
final class BankFrames {

    static final String[] CONSTRUCTS = {"IMAG", "EXPE", "QUAL", "VAL", "SAT", "LOY"};
    static final int[] SIZES = {5, 5, 5, 4, 4, 4};

    final List<String> indicators;
    final double[][] values;
    final String[] gender;

    private BankFrames(List<String> indicators, double[][] values, String[] gender) {
        this.indicators = indicators;
        this.values = values;
        this.gender = gender;
    }

    static BankFrames load() {
        try (InputStream in = BankFrames.class.getResourceAsStream("/satisfaction/satisfaction.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\r?\n");
            List<String> header = Arrays.stream(lines[0].split(",")).map(s -> s.replace("\"", "")).toList();
            double[][] v = new double[lines.length - 1][27];
            String[] g = new String[v.length];
            for (int i = 0; i < v.length; i++) {
                String[] f = lines[i + 1].split(",");
                for (int j = 0; j < 27; j++) {
                    v[i][j] = Double.parseDouble(f[j]);
                }
                g[i] = f[27].replace("\"", "");
            }
            return new BankFrames(header.subList(0, 27), v, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PathModel model() {
        PathModelBuilder b = PathModel.builder();
        for (int k = 0; k < CONSTRUCTS.length; k++) {
            List<String> ind = new ArrayList<>();
            for (int i = 1; i <= SIZES[k]; i++) {
                ind.add(CONSTRUCTS[k].toLowerCase() + i);
            }
            b.construct(CONSTRUCTS[k]).block(OuterMode.A, ind);
        }
        return b.path("IMAG", "EXPE").path("EXPE", "QUAL").path("EXPE", "VAL").path("QUAL", "VAL")
                .path("IMAG", "SAT").path("EXPE", "SAT").path("QUAL", "SAT").path("VAL", "SAT")
                .path("IMAG", "LOY").path("SAT", "LOY").build();
    }

    static String shop(int row) {
        return "shop" + (row % 3);
    }

    /** @return the rows for which {@code keep} holds, as a table */
    DataTable table(IntPredicate keep) {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (keep.test(i)) {
                rows.add(values[i]);
            }
        }
        return DataTable.ofRows(indicators, rows.toArray(new double[0][]));
    }

    static StructType schema(List<String> indicators) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("shop", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("gender", DataTypes.StringType, true));
        for (String ind : indicators) {
            f.add(DataTypes.createStructField(ind, DataTypes.IntegerType, true));
        }
        return DataTypes.createStructType(f);
    }

    /** @return a row: shop, gender, then the indicators as integers (as a survey file has them) */
    Row row(int i, String shop) {
        Object[] r = new Object[2 + 27];
        r[0] = shop;
        r[1] = gender[i];
        for (int j = 0; j < 27; j++) {
            r[2 + j] = (int) values[i][j];
        }
        return RowFactory.create(r);
    }

    /** @return the data set in three partitions, so that merging across partitions is exercised */
    Dataset<Row> frame(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(row(i, shop(i)));
        }
        return spark.createDataFrame(rows, schema(indicators)).repartition(3);
    }
}
