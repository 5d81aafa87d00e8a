package org.improvementtracker.people;

/**
 * Someone who leads or is responsible for actions. Plans often name a role rather than a person
 * ("AD", "SGU"), so the name may be an abbreviation with the job title spelling it out.
 */
public record Person(long id, String name, String jobTitle, String email, Long accountId, int version) {

    /** The longest name a person is stored with. */
    public static final int MAX_NAME = 200;

    /** "Leon Adeyemi (Head of Service)" or just the name when there is no job title. */
    public String label() {
        return jobTitle == null || jobTitle.isBlank() ? name : name + " (" + jobTitle + ")";
    }
}
