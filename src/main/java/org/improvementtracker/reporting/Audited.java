package org.improvementtracker.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.improvementtracker.plans.Action;
import org.improvementtracker.support.audit.AuditSubject;

/** How the reporting cycle is named in the audit trail: periods under their plan, updates under their action. */
final class Audited {

    private Audited() {
    }

    static AuditSubject period(Period period) {
        return AuditSubject.inPlan("Reporting period", period.id(), period.label(), period.planId());
    }

    static AuditSubject update(Action action, Period period, long updateId) {
        return AuditSubject.ofAction("Progress update", updateId, action.reference() + ", " + period.label(),
                action.planId(), action.id());
    }

    static AuditSubject initialRating(Action action) {
        return AuditSubject.ofAction("Initial rating", action.id(), action.reference(), action.planId(), action.id());
    }

    /** A period as it stood, with the reason for the move when one was given (reopening). */
    static Map<String, Object> period(Period period, String reason) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("label", period.label());
        state.put("startsOn", period.startsOn());
        state.put("endsOn", period.endsOn());
        state.put("deadline", period.deadline());
        state.put("state", period.state());
        if (reason != null) {
            state.put("reason", reason);
        }
        return state;
    }

    static Map<String, Object> rating(Integer rating) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("rating", rating);
        return state;
    }
}
