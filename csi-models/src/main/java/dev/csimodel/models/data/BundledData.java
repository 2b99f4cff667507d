package dev.csimodel.models.data;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.models.national.IndexModel;
import dev.csimodel.models.national.ModelBinding;
import dev.csimodel.spec.PathModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small data set bundled for demonstrations: the ECSI bank survey distributed with the R
 * package plspm ({@code satisfaction}) and cSEM, 250 customers of a Spanish credit institution
 * with 27 indicators on a 0-10 scale (imag1-5, expe1-5, qual1-5, val1-4, sat1-4, loy1-4) and
 * the respondent's gender.
 */
public final class BundledData {

    /** The name of the gender column, coded {@link #FEMALE} / {@link #MALE}. */
    public static final String GENDER = "gender";
    /** Code of "female" in the gender column (the file's first level, as R would code it). */
    public static final int FEMALE = 0;
    /** Code of "male" in the gender column. */
    public static final int MALE = 1;

    private static final String RESOURCE = "/dev/csimodel/models/data/satisfaction.csv";

    private BundledData() {
    }

    /** @return the labels of the gender codes, for segment reports */
    public static Map<Integer, String> genderLabels() {
        return Map.of(FEMALE, "female", MALE, "male");
    }

    /**
     * @return the bank survey: 250 rows, the 27 indicator columns in file order, then
     *         {@code gender} (0 = female, 1 = male)
     */
    public static DataTable bankSatisfaction() {
        try (InputStream in = BundledData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CsiDataException("bundled resource " + RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = cells(r.readLine());
            List<double[]> rows = new ArrayList<>();
            int line = 1;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line++;
                if (!s.isBlank()) {
                    rows.add(parse(cells(s), header, line));
                }
            }
            return DataTable.ofRows(header, rows.toArray(new double[0][]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the ECSI model ({@link IndexModel#ECSI}) bound to the bank survey's columns */
    public static PathModel ecsiBankModel() {
        ModelBinding b = IndexModel.ECSI.binding()
                .map("IMAG", items("imag", 5)).map("EXPE", items("expe", 5)).map("QUAL", items("qual", 5))
                .map("VAL", items("val", 4)).map("SAT", items("sat", 4)).map("LOY", items("loy", 4));
        return b.build(bankSatisfaction());
    }

    private static List<String> items(String stem, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(stem + i);
        }
        return out;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            out.add(c.replace("\"", "").trim());
        }
        return out;
    }

    private static double[] parse(List<String> cells, List<String> header, int line) {
        if (cells.size() != header.size()) {
            throw new CsiDataException("line " + line + " of " + RESOURCE + " has " + cells.size()
                    + " cells, expected " + header.size());
        }
        double[] row = new double[cells.size()];
        for (int j = 0; j < row.length; j++) {
            row[j] = header.get(j).equals(GENDER) ? gender(cells.get(j), line) : Double.parseDouble(cells.get(j));
        }
        return row;
    }

    private static double gender(String cell, int line) {
        return switch (cell) {
            case "female" -> FEMALE;
            case "male" -> MALE;
            default -> throw new CsiDataException("line " + line + ": unknown gender '" + cell + "'");
        };
    }
}
