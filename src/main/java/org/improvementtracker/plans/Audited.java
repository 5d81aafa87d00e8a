package org.improvementtracker.plans;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditSubject;

/** How the parts of a plan are named in the audit trail, filed under their plan and, below it, their action. */
final class Audited {

    private Audited() {
    }

    static AuditSubject plan(Plan plan) {
        return AuditSubject.inPlan("Plan", plan.id(), plan.title(), plan.id());
    }

    static AuditSubject section(Section section) {
        return AuditSubject.inPlan("Section", section.id(), section.heading(), section.planId());
    }

    static AuditSubject outcome(Outcome outcome) {
        return AuditSubject.inPlan("Outcome", outcome.id(), outcome.number(), outcome.planId());
    }

    static AuditSubject action(Action action) {
        return AuditSubject.ofAction("Action", action.id(), action.reference(), action.planId(), action.id());
    }

    static AuditSubject crossReferences(Action action) {
        return AuditSubject.ofAction("Cross references", action.id(), action.reference(), action.planId(), action.id());
    }

    static AuditSubject measure(long planId, SuccessMeasure measure) {
        return AuditSubject.ofAction("Success measure", measure.id(), measure.text(), planId, measure.actionId());
    }

    static AuditSubject term(long planId, GlossaryTerm term) {
        return AuditSubject.inPlan("Glossary term", term.id(), term.abbreviation(), planId);
    }

    /** What an archived record looks like afterwards: all it was, now out of use since then. */
    static Map<String, Object> archivedAt(Instant at) {
        return Map.of("archivedAt", at);
    }

    /**
     * The actions that went with a removed section, outcome or draft plan, each on its own action's trail:
     * archived with it (after: when) or deleted with it.
     */
    static List<AuditEvent> removedWith(long organisationId, List<Action> actions, boolean archived, Instant at) {
        return actions.stream().map(action -> new AuditEvent(organisationId, action(action),
                archived ? AuditAction.ARCHIVE : AuditAction.DELETE, action, archived ? archivedAt(at) : null)).toList();
    }

    static Map<String, Object> references(List<CrossReference> references) {
        return Map.of("crossReferences", references.stream().map(CrossReference::reference).toList());
    }
}
