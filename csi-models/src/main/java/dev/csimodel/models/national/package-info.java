/**
 * Predefined national customer satisfaction index models (SCSB, ACSI, ECSI, CCSI) and the
 * binding of a survey's columns to their constructs.
 *
 * <p>{@link dev.csimodel.models.national.IndexModel} lists each model's canonical constructs,
 * structural paths and standard questionnaire items; {@link
 * dev.csimodel.models.national.ModelBinding} maps columns to constructs, optionally adds or
 * drops paths and constructs, and produces a csi-core {@link dev.csimodel.spec.PathModel}.
 */
package dev.csimodel.models.national;
