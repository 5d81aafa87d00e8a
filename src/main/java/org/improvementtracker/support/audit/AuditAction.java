package org.improvementtracker.support.audit;

/** What happened to the audited thing. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SIGN_IN, SIGN_IN_FAILURE
}
