package org.improvementtracker.plans;

public record SectionDetails(String number, String title, String description, Long leadPersonId) {
}
