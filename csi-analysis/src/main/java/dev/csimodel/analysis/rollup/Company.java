package dev.csimodel.analysis.rollup;

/**
 * A company of the programme and its place in the hierarchy.
 *
 * @param name     the company's label, as it appears in the data's segment column
 * @param industry the industry it belongs to
 * @param sector   the sector of that industry
 * @param revenue  its revenue (any currency, the same for all companies), positive: its weight
 *                 in the industry index
 */
public record Company(String name, String industry, String sector, double revenue) {
}
