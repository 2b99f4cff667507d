/**
 * Hierarchical indices of a CSI programme, the ACSI way (Fornell et al. 1996; ACSI methodology
 * report): company indices from customer surveys, industry indices as revenue-weighted means of
 * company indices, sector indices as revenue-weighted means of industry indices, and the national
 * index as the mean of sector indices weighted by their share of GDP; each with bootstrap
 * intervals that propagate every company's sampling error. Entry point {@link
 * dev.csimodel.analysis.rollup.Rollup}.
 */
package dev.csimodel.analysis.rollup;
