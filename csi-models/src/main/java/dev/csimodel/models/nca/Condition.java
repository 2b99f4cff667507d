package dev.csimodel.models.nca;

import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * The NCA of one condition X for the outcome Y: its scope, peers and both ceilings.
 *
 * @param name         the condition (a driver construct)
 * @param observations the number of cases
 * @param scope        the rectangle the zones are measured in
 * @param peers        the distinct CE-FDH peers, ascending
 * @param ceFdh        the step ceiling
 * @param crFdh        the regression ceiling through the peers
 */
public record Condition(String name, int observations, NcaScope scope, List<Peer> peers, CeilingFit ceFdh,
                        CeilingFit crFdh) {

    /**
     * Validates the components.
     *
     * @param name the condition (a driver construct)
     * @param observations the number of cases
     * @param scope the rectangle the zones are measured in
     * @param peers the distinct CE-FDH peers, ascending
     * @param ceFdh the step ceiling
     * @param crFdh the regression ceiling through the peers
     */
    public Condition {
        peers = List.copyOf(peers);
    }

    /**
     * @param method the ceiling (CE-FDH or CR-FDH)
     * @return the fit of ceiling {@code method}
     */
    public CeilingFit fit(CeilingMethod method) {
        if (method == null) {
            throw new CsiSpecificationException("the ceiling method must not be null");
        }
        return method == CeilingMethod.CE_FDH ? ceFdh : crFdh;
    }
}
