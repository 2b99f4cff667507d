/**
 * Necessary condition analysis (NCA; Dul 2016, "Necessary condition analysis (NCA): logic and
 * methodology of 'necessary but not sufficient' causality", Organizational Research Methods
 * 19(1), 10-52) on the 0-100 construct scores of a PLS estimate (Richter, Schubring, Hauff,
 * Ringle and Sarstedt 2020, "When predictors of outcomes are necessary: guidelines for the
 * combined use of PLS-SEM and NCA", Industrial Management &amp; Data Systems 120(12)): the CE-FDH
 * and CR-FDH ceilings, effect sizes, ceiling accuracy, bottleneck tables and the approximate
 * permutation test of Dul, van der Laan and Kuik (2020, Organizational Research Methods 23(2));
 * and the combined importance-performance map (cIPMA; Hauff, Richter, Sarstedt and Ringle
 * 2024, Journal of Retailing and Consumer Services 78, 103723).
 */
package dev.csimodel.models.nca;
