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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ActionService {

    private final Clock clock;
    private final PlanReader reader;
    private final ActionRepository actions;
    private final People people;

    ActionService(Clock clock, PlanReader reader, ActionRepository actions, People people) {
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
        return actionId;
    }

    public void change(long organisationId, long planId, long actionId, int version, ActionDetails details) {
        Action current = reader.action(organisationId, planId, actionId);
        ActionDetails checked = checked(organisationId, planId, actionId, details);
        List<Long> references = referencedIds(organisationId, planId, actionId, details.crossReferences());
        actions.update(organisationId, current, version, checked);
        actions.replaceCrossReferences(actionId, references);
    }

    public void move(long organisationId, long planId, long actionId, MoveDirection direction) {
        actions.move(reader.action(organisationId, planId, actionId), direction);
    }

    public Removal remove(long organisationId, long planId, long actionId, int version) {
        Action action = reader.action(organisationId, planId, actionId);
        if (reader.plan(organisationId, planId).keepsHistory()) {
            actions.archive(organisationId, action, version, clock.instant());
            return Removal.ARCHIVED;
        }
        actions.delete(organisationId, action, version);
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
