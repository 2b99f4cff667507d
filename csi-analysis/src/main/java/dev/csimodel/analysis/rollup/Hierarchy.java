package dev.csimodel.analysis.rollup;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structure of a CSI programme: which industry and sector each company belongs to, its
 * revenue, and each sector's share of GDP. Immutable; built with {@link #builder()} or read
 * from a file with {@link HierarchyFile}. Declaration order is kept everywhere.
 *
 * <p>Rules checked by {@link Builder#build()}: names are not blank, a company is declared once,
 * revenues are finite and positive, an industry lies in one sector, every sector of a company has
 * a GDP share in (0, 1], every sector with a share has a company, and the shares sum to 1 within
 * {@value #SHARE_TOLERANCE}.
 */
public final class Hierarchy {

    /** How far the GDP shares may sum from 1 (rounding in published tables). */
    public static final double SHARE_TOLERANCE = 1e-6;

    private final List<Company> companies;
    private final List<Sector> sectors;
    private final Map<String, Company> byName;

    private Hierarchy(List<Company> companies, List<Sector> sectors) {
        this.companies = List.copyOf(companies);
        this.sectors = List.copyOf(sectors);
        Map<String, Company> map = new LinkedHashMap<>();
        companies.forEach(c -> map.put(c.name(), c));
        this.byName = map;
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the companies in declaration order */
    public List<Company> companies() {
        return companies;
    }

    /** @return the sectors in declaration order */
    public List<Sector> sectors() {
        return sectors;
    }

    /**
     * @return the company named {@code name}, if declared
     * @param name the company's name
     */
    public Optional<Company> company(String name) {
        Arguments.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(name));
    }

    /** @return the industries in order of first declaration */
    public List<String> industries() {
        return companies.stream().map(Company::industry).distinct().toList();
    }

    /**
     * @return the sector that industry {@code industry} lies in
     * @param industry a declared industry's name
     */
    public String sectorOf(String industry) {
        Arguments.requireNonNull(industry, "industry");
        return companies.stream().filter(c -> c.industry().equals(industry)).map(Company::sector)
                .findFirst().orElseThrow(() -> new CsiSpecificationException("no industry named '" + industry + "'"));
    }

    /** Collects companies and sector shares; {@link #build()} checks them. */
    public static final class Builder {
        private final List<Company> companies = new ArrayList<>();
        private final Map<String, Double> shares = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Declares a company.
         *
         * @return this builder
         * @param name the company's name, not blank, declared once
         * @param industry the company's industry, which lies in one sector
         * @param sector the industry's sector
         * @param revenue the company's revenue, finite and positive (its weight within the industry)
         */
        public Builder company(String name, String industry, String sector, double revenue) {
            companies.add(new Company(Arguments.requireNonNull(name, "name"),
                    Arguments.requireNonNull(industry, "industry"), Arguments.requireNonNull(sector, "sector"), revenue));
            return this;
        }

        /**
         * Declares a sector's share of GDP.
         *
         * @return this builder
         * @throws CsiSpecificationException if the sector's share was declared before
         * @param name the sector's name
         * @param gdpShare the sector's share of GDP, in (0, 1]; the shares of all sectors sum to 1
         */
        public Builder sector(String name, double gdpShare) {
            Arguments.requireNonNull(name, "name");
            if (shares.putIfAbsent(name, gdpShare) != null) {
                throw new CsiSpecificationException("sector '" + name + "' has its GDP share declared twice");
            }
            return this;
        }

        /**
         * @return the hierarchy
         * @throws CsiSpecificationException naming the company, industry or sector that breaks
         *                                   a rule of {@link Hierarchy}
         */
        public Hierarchy build() {
            HierarchyRules.check(companies, shares);
            List<Sector> sectors = new ArrayList<>();
            shares.forEach((name, share) -> sectors.add(new Sector(name, share)));
            return new Hierarchy(companies, sectors);
        }
    }
}
