/**
 * The audit trail (DESIGN.md section 7): every change any feature reports through
 * {@link org.improvementtracker.support.audit.AuditTrail}, and every sign-in and failed sign-in, stored with
 * who, when, from where and the record before and after, in the transaction of the change. Read per plan,
 * per action and across the organisation; nothing in the application changes or removes an entry.
 * Downstream of every feature (it reads plans to check access); nothing depends on it.
 */
package org.improvementtracker.audit;
