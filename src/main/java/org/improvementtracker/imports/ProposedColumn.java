package org.improvementtracker.imports;

import java.util.Objects;

/**
 * What a column of an imported table is taken to hold, for the person importing to confirm: its 0-based
 * position, its heading as written (both rows of a split heading, joined), and the plan field, or null when
 * no synonym matched. For ratings and updates, the period: {@link #INITIAL} for the rating when the plan
 * began ("RAG Initial"), the period as the heading names it ("01/18", "March 2014"), or null for the
 * current period ("RAG status", "Progress update").
 */
public record ProposedColumn(int column, String heading, PlanField field, String period) {

    public static final String INITIAL = "initial";

    public String letter() {
        return ImportProblem.columnLetter(column);
    }

    public boolean mapped() {
        return field != null;
    }

    /** Whether another heading names the same field and period, as a repeated header row does. */
    boolean sameAs(ProposedColumn other) {
        return field != null && field == other.field && Objects.equals(period, other.period);
    }
}
