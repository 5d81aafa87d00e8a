package org.improvementtracker.support.audit;

/**
 * What a change was made to, with the plan and action it belongs to (when it does) so that the trail
 * can be read per plan and per action.
 *
 * @param type the kind of thing, in the domain's words ("Action", "Update", "Indicator value")
 * @param id its id
 * @param label how people know it (an action's reference, a person's name), kept as it was then
 */
public record AuditSubject(String type, long id, String label, Long planId, Long actionId) {

    public static AuditSubject of(String type, long id, String label) {
        return new AuditSubject(type, id, label, null, null);
    }

    public static AuditSubject inPlan(String type, long id, String label, long planId) {
        return new AuditSubject(type, id, label, planId, null);
    }

    public static AuditSubject ofAction(String type, long id, String label, long planId, long actionId) {
        return new AuditSubject(type, id, label, planId, actionId);
    }
}
