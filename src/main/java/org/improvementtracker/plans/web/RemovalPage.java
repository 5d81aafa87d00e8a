package org.improvementtracker.plans.web;

import org.improvementtracker.plans.Removal;

/** The confirmation page every removal goes through: what will go, and whether it is archived or deleted. */
record RemovalPage(String heading, String name, String formAction, String cancelUrl, int version, boolean archives) {

    static final String VIEW = "plans/confirm-removal";

    static String banner(String what, Removal removal) {
        return removal == Removal.ARCHIVED ? what + " archived: it no longer appears in the plan, and its history is kept."
                : what + " removed.";
    }
}
