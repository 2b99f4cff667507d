package dev.csimodel.models.national;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.csimodel.models.national.ConstructCatalog.*;

/**
 * The predefined national customer satisfaction index models: canonical constructs, structural
 * paths and standard questionnaire items (see {@link IndexConstruct#standardItems()}).
 *
 * <p>A model becomes an estimable csi-core {@link PathModel} by binding the survey's columns to
 * its constructs: {@code IndexModel.ECSI.binding().map("IMAG", "imag1", "imag2").map(...).build()}
 * or {@link #bind(Map)}. Every block is Mode A (reflective) by default, the convention of all
 * these models; a binding may change a mode, add or drop a path, or drop a construct.
 */
public enum IndexModel {

    /**
     * The Swedish Customer Satisfaction Barometer (Fornell 1992, "A national customer
     * satisfaction barometer: the Swedish experience", Journal of Marketing 56(1), 6-21).
     * Constructs: CE expectations, PV perceived value (Fornell's "perceived performance"), SAT,
     * COMP complaints ("voice", optional), LOY. Paths: CE→PV, CE→SAT, PV→SAT, SAT→COMP,
     * SAT→LOY, COMP→LOY.
     */
    SCSB("Swedish Customer Satisfaction Barometer", "Fornell 1992",
            List.of(SCSB_CE, SCSB_PV, SCSB_SAT, SCSB_COMP, SCSB_LOY),
            "CE>PV CE>SAT PV>SAT SAT>COMP SAT>LOY COMP>LOY"),

    /**
     * The American Customer Satisfaction Index (Fornell, Johnson, Anderson, Cha and Bryant 1996,
     * "The American Customer Satisfaction Index: nature, purpose, and findings", Journal of
     * Marketing 60(4), 7-18). Constructs: CE expectations, PQ perceived quality, PV perceived
     * value, SAT, COMP complaints (optional), LOY. Paths: CE→PQ, CE→PV, CE→SAT, PQ→PV, PQ→SAT,
     * PV→SAT, SAT→COMP, SAT→LOY, COMP→LOY.
     */
    ACSI("American Customer Satisfaction Index", "Fornell et al. 1996",
            List.of(ACSI_CE, ACSI_PQ, ACSI_PV, ACSI_SAT, ACSI_COMP, ACSI_LOY),
            "CE>PQ CE>PV CE>SAT PQ>PV PQ>SAT PV>SAT SAT>COMP SAT>LOY COMP>LOY"),

    /**
     * The ACSI model for federal government agencies, as used in the ACSI federal government
     * reports (American Customer Satisfaction Index / CFI Group, annual "ACSI Federal Government
     * Report" since 1999): users pay no price, so perceived value is left out, and user trust
     * replaces loyalty as the outcome. Constructs: CE, PQ, SAT, COMP (optional), TRUST. Paths
     * shipped here: CE→PQ, CE→SAT, PQ→SAT, SAT→COMP, SAT→TRUST, COMP→TRUST. Agency studies often
     * split PQ into activity-specific drivers (process, information, customer service,
     * website); model that by adding constructs to the bound {@link PathModel} with
     * {@link PathModel#toBuilder()}.
     */
    ACSI_GOVERNMENT("ACSI federal government model", "ACSI Federal Government Report",
            List.of(GOV_CE, GOV_PQ, GOV_SAT, GOV_COMP, GOV_TRUST),
            "CE>PQ CE>SAT PQ>SAT SAT>COMP SAT>TRUST COMP>TRUST"),

    /**
     * The European Customer Satisfaction Index, core model without complaints (ECSI Technical
     * Committee 1998; Tenenhaus, Esposito Vinzi, Chatelin and Lauro 2005, "PLS path modeling",
     * Computational Statistics &amp; Data Analysis 48, 159-205). Constructs: IMAG image, EXPE
     * expectations, QUAL perceived quality, VAL perceived value, SAT, LOY. Paths: IMAG→EXPE,
     * IMAG→SAT, IMAG→LOY, EXPE→QUAL, EXPE→VAL, EXPE→SAT, QUAL→VAL, QUAL→SAT, VAL→SAT, SAT→LOY.
     * This is the model of the plspm/cSEM bank survey.
     */
    ECSI("European Customer Satisfaction Index", "ECSI Technical Committee 1998",
            List.of(ECSI_IMAG, ECSI_EXPE, ECSI_QUAL, ECSI_VAL, ECSI_SAT, ECSI_LOY),
            "IMAG>EXPE IMAG>SAT IMAG>LOY EXPE>QUAL EXPE>VAL EXPE>SAT QUAL>VAL QUAL>SAT VAL>SAT SAT>LOY"),

    /**
     * The ECSI model with complaints, as estimated on the mobile-phone survey by Tenenhaus et al.
     * (2005, Computational Statistics &amp; Data Analysis 48, 159-205). Constructs: IMAG, EXPE,
     * QUAL, VAL, SAT, COMP (optional; leaving it out gives {@link #ECSI}), LOY. Paths: those of
     * {@link #ECSI} plus SAT→COMP and COMP→LOY.
     */
    ECSI_COMPLAINTS("European Customer Satisfaction Index with complaints", "Tenenhaus et al. 2005",
            List.of(ECSI_IMAG, ECSI_EXPE, ECSI_QUAL, ECSI_VAL, ECSI_SAT, ECSI_COMP, ECSI_LOY),
            "IMAG>EXPE IMAG>SAT IMAG>LOY EXPE>QUAL EXPE>VAL EXPE>SAT QUAL>VAL QUAL>SAT VAL>SAT SAT>LOY"
                    + " SAT>COMP COMP>LOY"),

    /**
     * The China Customer Satisfaction Index (中国顾客满意指数), whose structural-equation
     * measurement model is standardised in the GB/T 19038 family (GB/T 19038-2009 顾客满意测评模型和
     * 方法指南, "Guidelines for model and methods of customer satisfaction measurement", drafted by
     * the China National Institute of Standardization and the China Association for Quality;
     * general rules in GB/T 19039-2009). Constructs: IMAG 品牌形象 brand image, EXPE 预期质量
     * expected quality, QUAL 感知质量 perceived quality, VAL 感知价值 perceived value, SAT 顾客满意度
     * customer satisfaction, LOY 顾客忠诚 customer loyalty.
     *
     * <p>Public descriptions state that the model has 11 causal paths and name IMAG→SAT,
     * EXPE→SAT, QUAL→SAT, VAL→SAT and SAT→LOY; these five are confirmed. The remaining six are
     * this library's completion, taken from the ECSI structure the CCSI derives from plus the
     * value-loyalty link: IMAG→EXPE, IMAG→LOY, EXPE→QUAL, EXPE→VAL, QUAL→VAL, VAL→LOY. Adjust
     * them with {@link ModelBinding#withPath} and {@link ModelBinding#withoutPath} when a study
     * documents a different structure.
     */
    CCSI("China Customer Satisfaction Index", "GB/T 19038",
            List.of(CCSI_IMAG, CCSI_EXPE, CCSI_QUAL, CCSI_VAL, CCSI_SAT, CCSI_LOY),
            "IMAG>EXPE IMAG>SAT IMAG>LOY EXPE>QUAL EXPE>VAL EXPE>SAT QUAL>VAL QUAL>SAT VAL>SAT SAT>LOY"
                    + " VAL>LOY");

    private final String title;
    private final String source;
    private final List<IndexConstruct> constructs;
    private final List<StructuralPath> paths;

    IndexModel(String title, String source, List<IndexConstruct> constructs, String paths) {
        this.title = title;
        this.source = source;
        this.constructs = List.copyOf(constructs);
        List<StructuralPath> list = new ArrayList<>();
        for (String p : paths.split(" ")) {
            String[] ends = p.split(">");
            list.add(new StructuralPath(ends[0], ends[1]));
        }
        this.paths = List.copyOf(list);
    }

    /** @return the model's full English name */
    public String title() {
        return title;
    }

    /** @return the short citation of the model's source, e.g. "Fornell et al. 1996" */
    public String source() {
        return source;
    }

    /** @return the canonical constructs in model order */
    public List<IndexConstruct> constructs() {
        return constructs;
    }

    /** @return the canonical construct codes in model order */
    public List<String> constructCodes() {
        return constructs.stream().map(IndexConstruct::code).toList();
    }

    /**
     * @return the code of the model's customer satisfaction construct, the target of its
     *         importance-performance analysis and of its impacts (Fornell et al. 1996): "SAT" in
     *         every shipped model
     */
    public String satisfaction() {
        return construct("SAT").code();
    }

    /** @return the canonical structural paths */
    public List<StructuralPath> paths() {
        return paths;
    }

    /**
     * @return the construct with canonical code {@code code}
     * @throws CsiSpecificationException naming the code if the model has no such construct
     * @param code the construct's code in this model (e.g. {@code SAT})
     */
    public IndexConstruct construct(String code) {
        for (IndexConstruct c : constructs) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new CsiSpecificationException("the " + name() + " model has no construct '" + code
                + "'; its constructs are " + constructCodes());
    }

    /**
     * @return true if the model has a construct with canonical code {@code code}
     * @param code a construct code
     */
    public boolean hasConstruct(String code) {
        return constructs.stream().anyMatch(c -> c.code().equals(code));
    }

    /**
     * @return the report label of construct {@code code}: its Chinese name for a Chinese locale
     *         when the model has one (CCSI), its English name otherwise
     * @param code the construct's code in this model
     * @param locale the language of the label; Chinese for {@code Locale.CHINESE}, English otherwise
     */
    public String label(String code, Locale locale) {
        return construct(code).label(locale);
    }

    /** @return a new binding of this model, to map columns to constructs */
    public ModelBinding binding() {
        return new ModelBinding(this);
    }

    /**
     * Binds columns to constructs with the canonical paths and Mode A blocks.
     *
     * @param columns construct code → its indicator columns; optional constructs may be absent
     * @throws CsiSpecificationException naming the construct if a required construct is not
     *                                   mapped or a key is not a construct of the model
     * @return the path model with the canonical paths
     */
    public PathModel bind(Map<String, List<String>> columns) {
        ModelBinding b = binding();
        columns.forEach(b::map);
        return b.build();
    }
}
