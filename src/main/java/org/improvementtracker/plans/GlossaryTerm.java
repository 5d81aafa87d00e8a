package org.improvementtracker.plans;

public record GlossaryTerm(long id, String abbreviation, String meaning, int version) {
}
