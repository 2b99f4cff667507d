package dev.csimodel.analysis.rollup;

import dev.csimodel.CsiDataException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The data rows of each company of a hierarchy (in hierarchy order), checked against it. */
final class CompanyRows {

    private final int[][] rows;

    private CompanyRows(int[][] rows) {
        this.rows = rows;
    }

    /**
     * @throws CsiDataException naming the first data row whose company is blank or not in the
     *                          hierarchy
     */
    static CompanyRows of(List<String> companyOfRow, Hierarchy hierarchy) {
        List<Company> companies = hierarchy.companies();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < companies.size(); k++) {
            index.put(companies.get(k).name(), k);
        }
        int[] counts = new int[companies.size()];
        int[] companyOf = new int[companyOfRow.size()];
        for (int r = 0; r < companyOf.length; r++) {
            String name = companyOfRow.get(r);
            Integer k = name == null ? null : index.get(name);
            if (k == null) {
                throw new CsiDataException("data row " + (r + 1) + ": company '" + name
                        + "' is not in the hierarchy (which lists " + index.size() + " companies)");
            }
            companyOf[r] = k;
            counts[k]++;
        }
        int[][] rows = new int[companies.size()][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = new int[counts[k]];
        }
        int[] filled = new int[companies.size()];
        for (int r = 0; r < companyOf.length; r++) {
            rows[companyOf[r]][filled[companyOf[r]]++] = r;
        }
        return new CompanyRows(rows);
    }

    int companies() {
        return rows.length;
    }

    /** @return the 0-based data rows of company {@code k}; do not modify */
    int[] rows(int k) {
        return rows[k];
    }

    int total() {
        int n = 0;
        for (int[] r : rows) {
            n += r.length;
        }
        return n;
    }
}
