package org.improvementtracker.imports;

/** The parts of a plan (DESIGN.md sections 2 and 6) a column of an imported table can hold. */
public enum PlanField {
    SECTION, OUTCOME, ACTION, SUCCESS_MEASURES, LEAD, RESPONSIBLE_OFFICER, TIMESCALE, EVIDENCE_OF_IMPACT,
    /** A rating for one period: see {@link ProposedColumn#period()}. */
    RATING,
    /** A progress update for one period: see {@link ProposedColumn#period()}. */
    UPDATE
}
