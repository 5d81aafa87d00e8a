/**
 * The monthly reporting cycle (DESIGN.md sections 3 and 4): periods, progress updates and their
 * moderation, initial ratings, scores and derived action states.
 */
package org.improvementtracker.reporting;
