package org.improvementtracker.people;

/** What a plan owner types about a person. */
public record PersonDetails(String name, String jobTitle, String email) {
}
