package org.improvementtracker.plans;

/** Level 1 of a plan: a priority, work stream or theme. */
public record Section(long id, long planId, int position, String number, String title, String description,
        Long leadPersonId, String leadName, int version) {

    public String heading() {
        return number + ". " + title;
    }
}
