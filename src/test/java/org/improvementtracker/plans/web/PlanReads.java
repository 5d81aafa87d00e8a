package org.improvementtracker.plans.web;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.LargePlanGenerator.GeneratedPlan;

/**
 * The three ways people read a whole plan, made on the real server as a signed-in plan owner (whose
 * pages carry the most: edit links and reorder buttons on every row). The statement counts and the
 * benchmark measure these.
 */
final class PlanReads {

    enum Read {

        OVERVIEW("plan overview"), SECTION("section page"), API("GET /api/plans/{id}");

        final String label;

        Read(String label) {
            this.label = label;
        }
    }

    private final WebSession session;
    private final String authorization;

    PlanReads(int port, Organisation organisation) {
        String username = organisation.username(Role.PLAN_OWNER);
        this.session = new WebSession(port).signIn(username, TestData.PASSWORD);
        this.authorization = WebSession.basic(username, TestData.PASSWORD);
        // The first page after signing in stores a fresh CSRF token in the session (in the database): one
        // statement more, once. Take it here, so that every read measured is alike.
        session.get("/plans");
    }

    /** Reads the plan, failing unless it comes back whole (200). The section read is the plan's first section. */
    WebSession.Page read(Read read, GeneratedPlan plan) {
        WebSession.Page page = switch (read) {
            case OVERVIEW -> session.get("/plans/" + plan.planId());
            case SECTION -> session.get("/plans/" + plan.planId() + "/sections/" + plan.sectionIds().get(0));
            case API -> session.send("GET", "/api/plans/" + plan.planId(), null, "Accept", "application/json",
                    "Authorization", authorization);
        };
        if (page.status() != 200) {
            throw new AssertionError(read.label + " of plan " + plan.planId() + " answered " + page.status());
        }
        return page;
    }
}
