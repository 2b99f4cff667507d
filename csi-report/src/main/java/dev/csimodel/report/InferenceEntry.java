package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Inference beyond the paths: specific indirect effects (mediation), HTMT inference, the
 * multiple-testing adjustment of the path p-values and the bootstrap multi-group tests.
 *
 * @param pAdjustment      {@code holm} or {@code bonferroni} with {@code --p-adjust} (else absent);
 *                         the adjusted values are the paths' {@code pAdjusted}
 * @param specificIndirect every specific indirect effect, bootstrap fields with {@code --bootstrap}
 *                         (absent when the model has no mediated route)
 * @param htmtInference    one-sided 95% bootstrap upper bound of every HTMT, with {@code --bootstrap}
 *                         (else absent)
 * @param groupTests       bootstrap multi-group tests with {@code --mga} (else absent)
 */
public record InferenceEntry(@JsonInclude(JsonInclude.Include.NON_NULL) String pAdjustment,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<SpecificIndirectEntry> specificIndirect,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<HtmtInferenceEntry> htmtInference,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<GroupTestEntry> groupTests) {

    /**
     * Validates the components.
     *
     * @param pAdjustment {@code holm} or {@code bonferroni} with {@code --p-adjust} (else absent); the adjusted values are the paths' {@code pAdjusted}
     * @param specificIndirect every specific indirect effect, bootstrap fields with {@code --bootstrap} (absent when the model has no mediated route)
     * @param htmtInference one-sided 95% bootstrap upper bound of every HTMT, with {@code --bootstrap} (else absent)
     * @param groupTests bootstrap multi-group tests with {@code --mga} (else absent)
     */
    public InferenceEntry {
        specificIndirect = specificIndirect == null ? null : List.copyOf(specificIndirect);
        htmtInference = htmtInference == null ? null : List.copyOf(htmtInference);
        groupTests = groupTests == null ? null : List.copyOf(groupTests);
    }

    /** @return an entry with nothing in it */
    public static InferenceEntry empty() {
        return new InferenceEntry(null, null, null, null);
    }

    /**
     * @param value the adjustment method's name
     * @return this section with {@code value} replacing its part
     */
    public InferenceEntry withPAdjustment(String value) {
        return new InferenceEntry(value, specificIndirect, htmtInference, groupTests);
    }

    /**
     * @param value the specific indirect effects
     * @return this section with {@code value} replacing its part
     */
    public InferenceEntry withSpecificIndirect(List<SpecificIndirectEntry> value) {
        return new InferenceEntry(pAdjustment, value, htmtInference, groupTests);
    }

    /**
     * @param value the HTMT bootstrap tests
     * @return this section with {@code value} replacing its part
     */
    public InferenceEntry withHtmtInference(List<HtmtInferenceEntry> value) {
        return new InferenceEntry(pAdjustment, specificIndirect, value, groupTests);
    }

    /**
     * @param value the multi-group tests
     * @return this section with {@code value} replacing its part
     */
    public InferenceEntry withGroupTests(List<GroupTestEntry> value) {
        return new InferenceEntry(pAdjustment, specificIndirect, htmtInference, value);
    }

    /**
     * One specific indirect effect. The boot* and interval fields are absent without a bootstrap;
     * {@code bca*} only with {@code --ci bca}; an interval is null when withheld.
     *
     * @param from            the cause
     * @param through         the mediators in route order
     * @param to              the effect
     * @param estimate        product of the path coefficients along the route
     * @param bootMean        mean of the bootstrap values
     * @param bootStdError    bootstrap standard error
     * @param bootTValue      estimate / bootStdError
     * @param bootPValue      two-sided p-value of bootTValue (Student t, B − 1 df)
     * @param percentileLower lower end of the 95% percentile interval
     * @param percentileUpper upper end of the 95% percentile interval
     * @param bcaLower        lower end of the 95% BCa interval
     * @param bcaUpper        upper end of the 95% BCa interval
     * @param direct          the direct path coefficient from → to; null when the model has no such path
     * @param type            Zhao, Lynch and Chen (2010) type judged by the {@code --ci} interval:
     *                        complementary, competitive, indirect-only, direct-only or no-effect
     */
    public record SpecificIndirectEntry(String from, List<String> through, String to, Double estimate,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bootMean,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bootStdError,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bootTValue,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bootPValue,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Double percentileLower,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Double percentileUpper,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bcaLower,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bcaUpper,
                                        Double direct,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) String type) {
        /**
         * Validates the components.
         *
         * @param from the cause
         * @param through the mediators in route order
         * @param to the effect
         * @param estimate product of the path coefficients along the route
         * @param bootMean mean of the bootstrap values
         * @param bootStdError bootstrap standard error
         * @param bootTValue estimate / bootStdError
         * @param bootPValue two-sided p-value of bootTValue (Student t, B − 1 df)
         * @param percentileLower lower end of the 95% percentile interval
         * @param percentileUpper upper end of the 95% percentile interval
         * @param bcaLower lower end of the 95% BCa interval
         * @param bcaUpper upper end of the 95% BCa interval
         * @param direct the direct path coefficient from → to; null when the model has no such path
         * @param type Zhao, Lynch and Chen (2010) type judged by the {@code --ci} interval: complementary, competitive, indirect-only, direct-only or no-effect
         */
        public SpecificIndirectEntry {
            through = List.copyOf(through);
        }
    }

    /**
     * HTMT inference of one pair (Franke and Sarstedt 2019).
     *
     * @param a          first construct
     * @param b          second construct
     * @param value      HTMT
     * @param upper95    95% one-sided bootstrap percentile upper bound; null when withheld
     * @param below085   whether the upper bound is below 0.85
     * @param below090   whether the upper bound is below 0.90
     */
    public record HtmtInferenceEntry(String a, String b, Double value, Double upper95, boolean below085,
                                     boolean below090) {
    }

    /**
     * The bootstrap multi-group tests of one path for one pair of groups (differences A − B).
     *
     * @param groupA       label of group A
     * @param groupB       label of group B
     * @param from         predecessor
     * @param to           dependent construct
     * @param estimateA    path coefficient in A
     * @param estimateB    path coefficient in B
     * @param difference   estimateA − estimateB
     * @param henselerP    two-sided p of Henseler's PLS-MGA, 2·min(P, 1 − P)
     * @param parametricT  t of the parametric (equal variances) test
     * @param parametricP  its two-sided p (n_A + n_B − 2 df)
     * @param welchT       t of the Welch-Satterthwaite test
     * @param welchDf      its degrees of freedom
     * @param welchP       its two-sided p
     */
    public record GroupTestEntry(String groupA, String groupB, String from, String to, Double estimateA,
                                 Double estimateB, Double difference, Double henselerP, Double parametricT,
                                 Double parametricP, Double welchT, Double welchDf, Double welchP) {
    }
}
