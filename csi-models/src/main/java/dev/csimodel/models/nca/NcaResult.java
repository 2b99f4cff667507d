package dev.csimodel.models.nca;

import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * The necessary condition analysis of every condition of one outcome, with the settings used.
 *
 * @param outcome    the outcome (the target construct)
 * @param conditions one per condition, in the order given (model order for driver constructs)
 * @param settings   the settings used
 */
public record NcaResult(String outcome, List<Condition> conditions, NcaSettings settings) {

    /**
     * Validates the components.
     *
     * @param outcome the outcome (the target construct)
     * @param conditions one per condition, in the order given (model order for driver constructs)
     * @param settings the settings used
     */
    public NcaResult {
        conditions = List.copyOf(conditions);
    }

    /**
     * @param name the condition's name
     * @return that condition's analysis
     * @throws CsiSpecificationException naming the condition if there is none of that name
     */
    public Condition condition(String name) {
        return conditions.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("no NCA condition '" + name + "' of outcome '"
                        + outcome + "'; the conditions are " + conditions.stream().map(Condition::name).toList()));
    }

    /** @return true if the permutation test was run (p-values present) */
    public boolean tested() {
        return settings.tested();
    }
}
