package org.improvementtracker.plans;

/**
 * Tells whether a plan's actions have been rated. Ratings are kept by the reporting cycle, which
 * depends on plans; this interface lets plans ask without depending back on it.
 */
public interface RatingsInUse {

    boolean anyFor(long organisationId, long planId);
}
