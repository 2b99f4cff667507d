package dev.csimodel.models.data;

import dev.csimodel.data.DataTable;
import dev.csimodel.models.Bank;
import dev.csimodel.models.national.IndexModel;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BundledDataTest {

    @Test
    void bundledTableMatchesTheTestCopyAndCodesGender() {
        DataTable bundled = BundledData.bankSatisfaction();
        DataTable reference = Bank.indicators();
        assertEquals(250, bundled.rowCount());
        assertEquals(28, bundled.columnCount());
        assertEquals(BundledData.GENDER, bundled.columnNames().get(27));
        for (String c : reference.columnNames()) {
            for (int r = 0; r < 250; r++) {
                assertEquals(reference.value(r, c), bundled.value(r, c), c + " row " + r);
            }
        }
        String[] gender = Bank.gender();
        int female = 0;
        for (int r = 0; r < 250; r++) {
            double code = gender[r].equals("female") ? BundledData.FEMALE : BundledData.MALE;
            assertEquals(code, bundled.value(r, BundledData.GENDER), "row " + r);
            female += gender[r].equals("female") ? 1 : 0;
        }
        assertEquals(148, female);
    }

    @Test
    void ecsiBankModelIsTheBoundEcsiModel() {
        PathModel m = BundledData.ecsiBankModel();
        assertEquals(IndexModel.ECSI.constructCodes(), m.constructNames());
        assertEquals(IndexModel.ECSI.paths(), m.paths());
        assertEquals(27, m.indicators().size());
        assertEquals(Bank.items("val", 4), m.construct("VAL").indicators());
    }
}
