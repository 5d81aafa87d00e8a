/**
 * Administrators manage who belongs to their organisation: invite people (optionally linking them to the
 * Person record whose actions become theirs), change roles, deactivate and reactivate, see last sign-ins.
 * The memberships themselves, and sign-in, are the accounts module's; this module is the administrators'
 * pages and API over them, and the one place that ties a new member to a Person.
 */
package org.improvementtracker.members;
