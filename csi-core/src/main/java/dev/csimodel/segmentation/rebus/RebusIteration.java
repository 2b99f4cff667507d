package dev.csimodel.segmentation.rebus;

import dev.csimodel.Arguments;
import dev.csimodel.segmentation.Memberships;

/**
 * One reassignment of the REBUS iteration: every unit moved to the local model with the smallest
 * closeness measure.
 *
 * @param iteration   its number, from 1
 * @param memberships the partition after it
 * @param changed     the number of units whose class it changed
 */
public record RebusIteration(int iteration, Memberships memberships, int changed) {

    /**
     * Validates.
     *
     * @param iteration its number, from 1
     * @param memberships the partition after it
     * @param changed the number of units whose class it changed
     */
    public RebusIteration {
        Arguments.requireNonNull(memberships, "memberships");
    }

    /** @return the share of units whose class changed, the quantity the stop criterion bounds */
    public double changedShare() {
        return (double) changed / memberships.rowCount();
    }
}
