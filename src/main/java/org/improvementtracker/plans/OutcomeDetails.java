package org.improvementtracker.plans;

public record OutcomeDetails(String number, String text, String sourceTags) {
}
