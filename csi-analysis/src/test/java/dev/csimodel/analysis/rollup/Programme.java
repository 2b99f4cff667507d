package dev.csimodel.analysis.rollup;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic CSI programme: companies in industries in sectors, each company's respondents
 * answering two single-item constructs on a 0-100 scale around a known company mean. With one
 * item per block the index weight is 1, so a company's SAT index is exactly the mean of its
 * {@code sat} answers (on 0-100: (x̄ − 0) / 100 · 100), which the tests compute by hand.
 */
final class Programme {

    static final PathModel MODEL = ModelSyntax.parse("""
            QUAL =~ qual
            SAT =~ sat
            SAT ~ QUAL
            """);

    final Hierarchy hierarchy;
    final double[] trueMean;
    final int[] sizes;

    /**
     * @param companies  number of companies; company k lies in industry k % industries
     * @param industries number of industries; industry i lies in sector i % shares.length
     * @param shares     the sectors' GDP shares
     * @param size       respondents per company (company k gets size + k % 3)
     */
    Programme(int companies, int industries, double[] shares, int size) {
        Hierarchy.Builder b = Hierarchy.builder();
        trueMean = new double[companies];
        sizes = new int[companies];
        for (int k = 0; k < companies; k++) {
            int industry = k % industries;
            b.company(company(k), "I" + industry, "S" + (industry % shares.length), 10 + 3 * k);
            trueMean[k] = 50 + 20 * Math.sin(k + 1);
            sizes[k] = size + k % 3;
        }
        for (int s = 0; s < shares.length; s++) {
            b.sector("S" + s, shares[s]);
        }
        hierarchy = b.build();
    }

    static String company(int k) {
        return "C" + k;
    }

    /** Answers uniform within ±15 of the company mean (so never outside 0-100, mean exactly known). */
    Sample sample(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < trueMean.length; k++) {
            for (int j = 0; j < sizes[k]; j++) {
                double sat = trueMean[k] + random.nextDouble(-15, 15);
                double qual = sat + random.nextDouble(-10, 10);
                rows.add(new double[]{qual, sat});
                labels.add(company(k));
            }
        }
        return new Sample(DataTable.ofRows(List.of("qual", "sat"), rows.toArray(double[][]::new)), labels);
    }

    /** The weighted means of the rollup formula, from company values given by hand. */
    double industry(String industry, double[] companyValue) {
        double num = 0;
        double den = 0;
        for (int k = 0; k < companyValue.length; k++) {
            Company c = hierarchy.companies().get(k);
            if (c.industry().equals(industry) && !Double.isNaN(companyValue[k])) {
                num += c.revenue() * companyValue[k];
                den += c.revenue();
            }
        }
        return num / den;
    }

    double sector(String sector, double[] companyValue) {
        double num = 0;
        double den = 0;
        for (String industry : hierarchy.industries()) {
            if (hierarchy.sectorOf(industry).equals(sector)) {
                double revenue = industryRevenue(industry, companyValue);
                if (revenue > 0) {
                    num += revenue * industry(industry, companyValue);
                    den += revenue;
                }
            }
        }
        return num / den;
    }

    double national(double[] companyValue) {
        double num = 0;
        double den = 0;
        for (Sector s : hierarchy.sectors()) {
            double v = sector(s.name(), companyValue);
            if (!Double.isNaN(v)) {
                num += s.gdpShare() * v;
                den += s.gdpShare();
            }
        }
        return num / den;
    }

    private double industryRevenue(String industry, double[] companyValue) {
        double revenue = 0;
        for (int k = 0; k < companyValue.length; k++) {
            Company c = hierarchy.companies().get(k);
            if (c.industry().equals(industry) && !Double.isNaN(companyValue[k])) {
                revenue += c.revenue();
            }
        }
        return revenue;
    }

    /** A data table and the company of each row. */
    record Sample(DataTable data, List<String> companies) {

        /** @return the mean of column {@code column} over the rows of company {@code name} */
        double companyMean(String name, String column) {
            double sum = 0;
            int n = 0;
            for (int r = 0; r < data.rowCount(); r++) {
                if (companies.get(r).equals(name)) {
                    sum += data.value(r, column);
                    n++;
                }
            }
            return sum / n;
        }
    }
}
