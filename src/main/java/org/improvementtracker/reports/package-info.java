/**
 * What the board reads (DESIGN.md section 5): the board pack for a plan and period, assembled from
 * reporting's scores and derived states and the indicators' standings.
 */
package org.improvementtracker.reports;
