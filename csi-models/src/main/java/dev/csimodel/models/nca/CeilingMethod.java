package dev.csimodel.models.nca;

/** The ceiling techniques of NCA (Dul 2016, section "Ceiling techniques"). */
public enum CeilingMethod {
    /**
     * Ceiling envelopment with free disposal hull: the non-decreasing step function through the
     * upper-left peers, {@code c(x) = max{y_i : x_i ≤ x}}. Suits discrete data and non-linear
     * ceilings; every case lies on or below it.
     */
    CE_FDH("CE-FDH"),
    /**
     * Ceiling regression with free disposal hull: the OLS line of y on x through the CE-FDH
     * peers. Smooths the step function; some cases may lie above it.
     */
    CR_FDH("CR-FDH");

    private final String label;

    CeilingMethod(String label) {
        this.label = label;
    }

    /** @return the name the NCA literature uses ("CE-FDH", "CR-FDH") */
    public String label() {
        return label;
    }
}
