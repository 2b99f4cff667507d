/**
 * Kano model of attractive quality: classification of product or service attributes from
 * paired functional/dysfunctional questions.
 *
 * <p>Sources: Kano, Seraku, Takahashi and Tsuji (1984), "Attractive quality and must-be
 * quality", Hinshitsu 14(2); Berger, Blauth, Boger et al. (1993), "Kano's methods for
 * understanding customer-defined quality", Center for Quality of Management Journal 2(4),
 * which gives the evaluation table, the "M &gt; O &gt; A &gt; I" tie rule and the customer
 * satisfaction coefficients Better and Worse.
 *
 * <p>Entry points: {@link dev.csimodel.models.kano.KanoResponses} (validated answers of one
 * attribute), {@link dev.csimodel.models.kano.KanoAnalysis} (classification),
 * {@link dev.csimodel.models.kano.KanoEvaluationTable} (the 5x5 table).
 */
package dev.csimodel.models.kano;
