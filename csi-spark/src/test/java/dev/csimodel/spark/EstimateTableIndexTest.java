package dev.csimodel.spark;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's long table: an undefined index is NULL, values off the scale are refused (issue #10). */
class EstimateTableIndexTest {

    private static DataTable bank() {
        BankFrames b = BankFrames.load();
        return DataTable.ofRows(b.indicators, b.values);
    }

    private static Row indexRow(List<Row> rows, String construct) {
        return rows.stream().filter(r -> r.getString(0).equals("index") && r.getString(1).equals(construct))
                .findFirst().orElseThrow();
    }

    @Test
    void negativeWeightWritesNullForThatIndexOnly() {
        DataTable bank = bank();
        double[] loy2 = bank.column("loy2");
        for (int r = 0; r < loy2.length; r++) {
            loy2[r] = 10 - loy2[r];
        }
        PlsResult fit = new PlsEstimator(PlsSettings.defaults()).estimate(BankFrames.model(), bank.withColumn("loy2", loy2));
        IndicatorScales scales = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
        List<Row> rows = EstimateTable.rows(fit, scales);
        assertTrue(indexRow(rows, "LOY").isNullAt(3));
        assertEquals(CsiIndex.of(fit, scales).requireIndex("SAT"), indexRow(rows, "SAT").getDouble(3), 0.0);
        assertTrue(EstimateTable.schema().apply("estimate").nullable());
    }

    @Test
    void valueOutsideTheScaleNamesColumnAndValue() {
        PlsResult fit = new PlsEstimator(PlsSettings.defaults()).estimate(BankFrames.model(), bank());
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> EstimateTable.rows(fit, IndicatorScales.uniform(Scale.ONE_TO_TEN)));
        assertTrue(e.getMessage().contains("'imag1'") && e.getMessage().contains("0.0"), e.getMessage());
    }
}
