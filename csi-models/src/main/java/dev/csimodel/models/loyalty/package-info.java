/**
 * Behavioural and intentional loyalty indicators: repeat-purchase rate bands and shares of
 * recommendation likelihood answers. Loyalty as repeat patronage plus willingness to recommend
 * follows the CSI models' loyalty construct (Fornell et al. 1996, "The American Customer
 * Satisfaction Index: nature, purpose, and findings", Journal of Marketing 60(4)).
 *
 * <p>Entry points: {@link dev.csimodel.models.loyalty.RepeatPurchaseRate},
 * {@link dev.csimodel.models.loyalty.RepeatPurchaseBand},
 * {@link dev.csimodel.models.loyalty.RecommendationShares}.
 */
package dev.csimodel.models.loyalty;
