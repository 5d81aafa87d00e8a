package org.improvementtracker.plans;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.improvementtracker.people.People;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ActionService {

    private final Clock clock;
    private final PlanReader reader;
    private final ActionRepository actions;
    private final People people;
    private final AuditTrail audit;

    ActionService(Clock clock, PlanReader reader, ActionRepository actions, People people, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.reader = reader;
        this.actions = actions;
        this.people = people;
    }

    public long add(long organisationId, long planId, ActionDetails details) {
        reader.plan(organisationId, planId);
        ActionDetails checked = checked(organisationId, planId, 0, details);
        List<Long> references = referencedIds(organisationId, planId, 0, details.crossReferences());
        long actionId = actions.insert(organisationId, planId, checked);
        actions.replaceCrossReferences(actionId, references);
        Action created = reader.action(organisationId, planId, actionId);
        audit.created(organisationId, Audited.action(created), created);
        if (!references.isEmpty()) {
            audit.created(organisationId, Audited.crossReferences(created),
                    Audited.references(reader.crossReferences(actionId)));
        }
        return actionId;
    }

    public void change(long organisationId, long planId, long actionId, int version, ActionDetails details) {
        Action current = reader.action(organisationId, planId, actionId);
        ActionDetails checked = checked(organisationId, planId, actionId, details);
        List<Long> references = referencedIds(organisationId, planId, actionId, details.crossReferences());
        List<CrossReference> referencesBefore = reader.crossReferences(actionId);
        actions.update(organisationId, current, version, checked);
        actions.replaceCrossReferences(actionId, references);
        Action after = reader.action(organisationId, planId, actionId);
        audit.updated(organisationId, Audited.action(after), current, after);
        List<CrossReference> referencesAfter = reader.crossReferences(actionId);
        if (!referencesAfter.equals(referencesBefore)) {
            audit.updated(organisationId, Audited.crossReferences(after), Audited.references(referencesBefore),
                    Audited.references(referencesAfter));
        }
    }

    public void move(long organisationId, long planId, long actionId, MoveDirection direction) {
        Action before = reader.action(organisationId, planId, actionId);
        actions.move(before, direction);
        Action after = reader.action(organisationId, planId, actionId);
        if (after.position() != before.position()) {
            audit.updated(organisationId, Audited.action(after), before, after);
        }
    }

    public Removal remove(long organisationId, long planId, long actionId, int version) {
        Action action = reader.action(organisationId, planId, actionId);
        if (reader.plan(organisationId, planId).keepsHistory()) {
            actions.archive(organisationId, action, version, clock.instant());
            audit.archived(organisationId, Audited.action(action), action, Audited.archivedAt(clock.instant()));
            return Removal.ARCHIVED;
        }
        actions.delete(organisationId, action, version);
        audit.deleted(organisationId, Audited.action(action), action);
        return Removal.DELETED;
    }

    /** Checks the references to other records and fills a blank due date from the timescale text. */
    private ActionDetails checked(long organisationId, long planId, long actionId, ActionDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        Section section = reader.sections(organisationId, planId).stream()
                .filter(candidate -> candidate.id() == details.sectionId()).findFirst().orElse(null);
        if (section == null) {
            problems.add(new FieldProblem("sectionId", "Choose a section of this plan"));
        }
        if (details.outcomeId() != null && reader.outcomes(organisationId, planId).stream()
                .noneMatch(o -> o.id() == details.outcomeId() && o.sectionId() == details.sectionId())) {
            problems.add(new FieldProblem("outcomeId", "Choose an outcome of the chosen section, or none"));
        }
        Long sameReference = actions.idsByReference(organisationId, planId, List.of(details.reference()))
                .get(details.reference());
        if (sameReference != null && sameReference != actionId) {
            problems.add(new FieldProblem("reference", "Another action of this plan already has the reference "
                    + details.reference()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        people.requireMembers(organisationId, "leadPersonId", details.leadPersonId());
        people.requireMembers(organisationId, "responsiblePersonId", details.responsiblePersonId());
        if (details.dueDate() != null) {
            return details;
        }
        return new ActionDetails(details.sectionId(), details.outcomeId(), details.reference(),
                details.description(), details.leadPersonId(), details.responsiblePersonId(),
                details.timescaleText(), TimescaleParser.parse(details.timescaleText()).dueDate(),
                details.crossReferences());
    }

    private List<Long> referencedIds(long organisationId, long planId, long actionId, List<String> references) {
        Set<String> wanted = new LinkedHashSet<>(references);
        Map<String, Long> found = actions.idsByReference(organisationId, planId, wanted);
        List<String> unknown = wanted.stream().filter(reference -> !found.containsKey(reference)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("crossReferences",
                    "No action in this plan has the reference " + String.join(", ", unknown));
        }
        if (found.containsValue(actionId)) {
            throw new InvalidInputException("crossReferences", "An action cannot refer to itself");
        }
        return wanted.stream().map(found::get).toList();
    }
}
