package dev.csimodel.models.nca;

/** What a bottleneck-table row says about the condition, in the NCA R package's terms. */
public enum BottleneckStatus {
    /** "NN": not necessary; the condition's lowest level in the scope allows this outcome. */
    NOT_NECESSARY("NN"),
    /** A level of the condition is required (the row's {@code required}). */
    REQUIRED(null),
    /**
     * "NA": the ceiling reaches this outcome only beyond the condition's highest level in the
     * scope (the NCA package's {@code cutoff = 0}); no observed level suffices.
     */
    NOT_ATTAINED("NA");

    private final String code;

    BottleneckStatus(String code) {
        this.code = code;
    }

    /** @return "NN" or "NA", as the NCA package prints them; null for {@link #REQUIRED} */
    public String code() {
        return code;
    }
}
