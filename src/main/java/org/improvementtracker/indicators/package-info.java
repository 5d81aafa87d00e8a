/**
 * Performance indicators (DESIGN.md sections 2 and 3): definitions, monthly values, targets and
 * trajectories, benchmarks, year to date and direction of travel.
 */
package org.improvementtracker.indicators;
