package org.improvementtracker.reporting.web;

import java.time.LocalDate;

import org.improvementtracker.reporting.Period;

/** A period's update deadline as people say it: "5 days to go", "Due today", "Deadline passed 2 days ago". */
record Deadline(LocalDate date, long daysToGo) {

    static Deadline of(Period period, LocalDate today) {
        return new Deadline(period.deadline(), period.daysToDeadline(today));
    }

    public boolean passed() {
        return daysToGo < 0;
    }

    public String text() {
        if (daysToGo == 0) {
            return "Due today";
        }
        if (daysToGo > 0) {
            return daysToGo + (daysToGo == 1 ? " day" : " days") + " to go";
        }
        long ago = -daysToGo;
        return "Deadline passed " + ago + (ago == 1 ? " day" : " days") + " ago";
    }
}
