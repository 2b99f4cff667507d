package dev.csimodel.reference;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;

import java.util.ArrayList;
import java.util.List;

/** The ECSI bank survey of the shared reference data and its model (see resources ORIGIN.md). */
public final class BankData {

    public static final String[] CONSTRUCTS = {"IMAG", "EXPE", "QUAL", "VAL", "SAT", "LOY"};
    public static final int[] SIZES = {5, 5, 5, 4, 4, 4};

    private BankData() {
    }

    /** The 250 x 27 indicator table (the gender column is dropped). */
    public static DataTable table() {
        ReferenceTable t = ReferenceTable.load("/satisfaction/satisfaction.csv");
        List<String> names = new ArrayList<>(t.header().subList(0, 27));
        double[][] rows = new double[t.rowCount()][27];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 27; j++) {
                rows[i][j] = t.number(i, j);
            }
        }
        return DataTable.ofRows(names, rows);
    }

    public static List<String> indicators(String construct) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < CONSTRUCTS.length; k++) {
            if (CONSTRUCTS[k].equals(construct)) {
                for (int i = 1; i <= SIZES[k]; i++) {
                    out.add(construct.toLowerCase() + i);
                }
            }
        }
        return out;
    }

    public static PathModel model(OuterMode mode) {
        PathModelBuilder b = PathModel.builder();
        for (String c : CONSTRUCTS) {
            b.construct(c).block(mode, indicators(c));
        }
        return paths(b).build();
    }

    public static PathModelBuilder paths(PathModelBuilder b) {
        return b.path("IMAG", "EXPE")
                .path("EXPE", "QUAL")
                .path("EXPE", "VAL").path("QUAL", "VAL")
                .path("IMAG", "SAT").path("EXPE", "SAT").path("QUAL", "SAT").path("VAL", "SAT")
                .path("IMAG", "LOY").path("SAT", "LOY");
    }
}
