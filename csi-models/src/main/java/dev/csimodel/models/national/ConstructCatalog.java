package dev.csimodel.models.national;

import java.util.List;

/**
 * The constructs of the predefined models with their standard questionnaire items. The item
 * descriptions paraphrase the published questionnaires (Fornell 1992; Fornell et al. 1996;
 * ECSI Technical Committee 1998; Tenenhaus et al. 2005; GB/T 19038-2009) to tell a user which
 * column belongs where; they are not the official wording.
 */
final class ConstructCatalog {

    private ConstructCatalog() {
    }

    static IndexConstruct required(String code, String english, String chinese, String... items) {
        return new IndexConstruct(code, english, chinese, false, List.of(items));
    }

    static IndexConstruct optional(String code, String english, String chinese, String... items) {
        return new IndexConstruct(code, english, chinese, true, List.of(items));
    }

    // SCSB (Fornell 1992)
    static final IndexConstruct SCSB_CE = required("CE", "Customer expectations", null,
            "expected overall quality before purchase");
    static final IndexConstruct SCSB_PV = required("PV", "Perceived value (performance)", null,
            "quality given the price paid", "price given the quality received");
    static final IndexConstruct SCSB_SAT = required("SAT", "Customer satisfaction", null,
            "overall satisfaction", "confirmation or disconfirmation of expectations",
            "distance from the customer's ideal product or service");
    static final IndexConstruct SCSB_COMP = optional("COMP", "Customer complaints (voice)", null,
            "has the customer complained to staff or management");
    static final IndexConstruct SCSB_LOY = required("LOY", "Customer loyalty", null,
            "repurchase intention", "price tolerance (price change that would make the customer switch)");

    // ACSI (Fornell et al. 1996)
    static final IndexConstruct ACSI_CE = required("CE", "Customer expectations", null,
            "expected overall quality", "expected customisation (fit to personal needs)",
            "expected reliability (how often things would go wrong)");
    static final IndexConstruct ACSI_PQ = required("PQ", "Perceived quality", null,
            "overall experienced quality", "experienced customisation", "experienced reliability");
    static final IndexConstruct ACSI_PV = required("PV", "Perceived value", null,
            "quality given the price", "price given the quality");
    static final IndexConstruct ACSI_SAT = required("SAT", "Customer satisfaction", null,
            "overall satisfaction", "expectancy disconfirmation (falls short of / exceeds expectations)",
            "performance versus the customer's ideal");
    static final IndexConstruct ACSI_COMP = optional("COMP", "Customer complaints", null,
            "has the customer complained formally or informally (yes/no)");
    static final IndexConstruct ACSI_LOY = required("LOY", "Customer loyalty", null,
            "repurchase likelihood", "price tolerance given repurchase (price increase tolerated)",
            "price tolerance to induce repurchase (price decrease needed)");

    // ACSI federal government model
    static final IndexConstruct GOV_CE = required("CE", "Customer expectations", null,
            "expected overall quality of the agency's services");
    static final IndexConstruct GOV_PQ = required("PQ", "Perceived quality", null,
            "quality of the process (ease, timeliness)", "quality of the information provided",
            "quality of customer service (courtesy, professionalism)", "quality of the website");
    static final IndexConstruct GOV_SAT = ACSI_SAT;
    static final IndexConstruct GOV_COMP = optional("COMP", "Customer complaints", null,
            "has the user complained to the agency");
    static final IndexConstruct GOV_TRUST = required("TRUST", "User trust", null,
            "confidence in the agency to do a good job in the future",
            "likelihood to recommend the agency or its services");

    // ECSI (ECSI Technical Committee 1998; Tenenhaus et al. 2005)
    static final IndexConstruct ECSI_IMAG = required("IMAG", "Image", null,
            "can be trusted in what it says and does", "stable and firmly established",
            "makes an important contribution to society", "cares about its customers",
            "innovative and forward looking");
    static final IndexConstruct ECSI_EXPE = required("EXPE", "Customer expectations", null,
            "expected overall quality", "expected fit to personal needs",
            "expected reliability (how often things would go wrong)");
    static final IndexConstruct ECSI_QUAL = required("QUAL", "Perceived quality", null,
            "overall perceived quality", "technical quality of the product or network",
            "personal service and advice", "quality of the services offered",
            "reliability and accuracy", "clarity and transparency of information");
    static final IndexConstruct ECSI_VAL = required("VAL", "Perceived value", null,
            "price given the quality", "quality given the price");
    static final IndexConstruct ECSI_SAT = required("SAT", "Customer satisfaction", null,
            "overall satisfaction", "fulfilment of expectations", "distance from the ideal provider");
    static final IndexConstruct ECSI_COMP = optional("COMP", "Customer complaints", null,
            "how well the last complaint was handled (or would be handled)");
    static final IndexConstruct ECSI_LOY = required("LOY", "Customer loyalty", null,
            "would choose the same provider again", "would stay if a competitor were cheaper (price sensitivity)",
            "would recommend the provider to friends and colleagues");

    // CCSI (China, GB/T 19038 family)
    static final IndexConstruct CCSI_IMAG = required("IMAG", "Brand image", "品牌形象",
            "overall impression of the brand", "distinctive features of the brand");
    static final IndexConstruct CCSI_EXPE = required("EXPE", "Expected quality", "预期质量",
            "expected overall quality", "expected fit to personal needs", "expected reliability");
    static final IndexConstruct CCSI_QUAL = required("QUAL", "Perceived quality", "感知质量",
            "overall perceived quality", "perceived fit to personal needs", "perceived reliability");
    static final IndexConstruct CCSI_VAL = required("VAL", "Perceived value", "感知价值",
            "quality given the price", "price given the quality");
    static final IndexConstruct CCSI_SAT = required("SAT", "Customer satisfaction", "顾客满意度",
            "overall satisfaction", "satisfaction compared with expectations",
            "satisfaction compared with the ideal product", "satisfaction compared with competitors");
    static final IndexConstruct CCSI_LOY = required("LOY", "Customer loyalty", "顾客忠诚",
            "repurchase intention", "price tolerance", "willingness to recommend");
}
