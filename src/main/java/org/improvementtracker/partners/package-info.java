/**
 * Partner access: a contributor limited to named actions (a police or health lead updating only their
 * own). Administrators name the actions; every route and the update service keep partners to them.
 */
package org.improvementtracker.partners;
