package dev.csimodel.analysis.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The nodes of a hierarchy in report order (companies, industries, sectors, the nation, each in
 * declaration order) and the weighted means that give each level from the one below. Values are
 * {@code double[node][construct]} with NaN for "no index" while computing; NaN never leaves the
 * package ({@link RollupResult} turns it into an absent value).
 */
final class Nodes {

    private final Hierarchy hierarchy;
    private final List<String> industries;
    private final int companies;
    private final int[] industryOfCompany;
    private final int[] sectorOfIndustry;

    Nodes(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
        this.industries = hierarchy.industries();
        this.companies = hierarchy.companies().size();
        Map<String, Integer> industryIndex = index(industries);
        Map<String, Integer> sectorIndex = index(hierarchy.sectors().stream().map(Sector::name).toList());
        industryOfCompany = hierarchy.companies().stream().mapToInt(c -> industryIndex.get(c.industry())).toArray();
        sectorOfIndustry = industries.stream().mapToInt(i -> sectorIndex.get(hierarchy.sectorOf(i))).toArray();
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), i);
        }
        return map;
    }

    /** @return the number of companies (the first nodes) */
    int companies() {
        return companies;
    }

    int size() {
        return companies + industries.size() + hierarchy.sectors().size() + 1;
    }

    Level level(int node) {
        if (node < companies) {
            return Level.COMPANY;
        }
        if (node < companies + industries.size()) {
            return Level.INDUSTRY;
        }
        return node < size() - 1 ? Level.SECTOR : Level.NATIONAL;
    }

    String name(int node) {
        return switch (level(node)) {
            case COMPANY -> hierarchy.companies().get(node).name();
            case INDUSTRY -> industries.get(node - companies);
            case SECTOR -> hierarchy.sectors().get(node - companies - industries.size()).name();
            case NATIONAL -> RollupResult.NATIONAL;
        };
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        for (int node = 0; node < size(); node++) {
            names.add(name(node));
        }
        return names;
    }

    /**
     * Fills the industry, sector and national rows of {@code values} from its company rows:
     * industry = Σ revenue·index / Σ revenue over its companies with an index; sector = the same
     * with industry revenues (the sums of those companies' revenues); nation = Σ share·index /
     * Σ share over the sectors with an index.
     */
    void aggregate(double[][] values) {
        int constructs = values[0].length;
        int sectors = hierarchy.sectors().size();
        for (int c = 0; c < constructs; c++) {
            double[] industryWeight = new double[industries.size()];
            double[] industrySum = new double[industries.size()];
            for (int k = 0; k < companies; k++) {
                double v = values[k][c];
                if (!Double.isNaN(v)) {
                    double revenue = hierarchy.companies().get(k).revenue();
                    industryWeight[industryOfCompany[k]] += revenue;
                    industrySum[industryOfCompany[k]] += revenue * v;
                }
            }
            double[] sectorWeight = new double[sectors];
            double[] sectorSum = new double[sectors];
            for (int i = 0; i < industries.size(); i++) {
                double v = industryWeight[i] > 0 ? industrySum[i] / industryWeight[i] : Double.NaN;
                values[companies + i][c] = v;
                if (!Double.isNaN(v)) {
                    sectorWeight[sectorOfIndustry[i]] += industryWeight[i];
                    sectorSum[sectorOfIndustry[i]] += industryWeight[i] * v;
                }
            }
            values[size() - 1][c] = national(values, c, sectorWeight, sectorSum);
        }
    }

    private double national(double[][] values, int c, double[] sectorWeight, double[] sectorSum) {
        int first = companies + industries.size();
        double shares = 0;
        double sum = 0;
        for (int s = 0; s < sectorWeight.length; s++) {
            double v = sectorWeight[s] > 0 ? sectorSum[s] / sectorWeight[s] : Double.NaN;
            values[first + s][c] = v;
            if (!Double.isNaN(v)) {
                double share = hierarchy.sectors().get(s).gdpShare();
                shares += share;
                sum += share * v;
            }
        }
        return shares > 0 ? sum / shares : Double.NaN;
    }

    /** @return for each node, the indices of the companies below it (a company: itself) */
    int[] companiesBelow(int node) {
        return IntStream.range(0, companies).filter(k -> isBelow(k, node)).toArray();
    }

    private boolean isBelow(int company, int node) {
        return switch (level(node)) {
            case COMPANY -> company == node;
            case INDUSTRY -> industryOfCompany[company] == node - companies;
            case SECTOR -> sectorOfIndustry[industryOfCompany[company]] == node - companies - industries.size();
            case NATIONAL -> true;
        };
    }
}
