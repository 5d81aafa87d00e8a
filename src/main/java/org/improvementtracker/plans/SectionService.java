package org.improvementtracker.plans;

import java.time.Clock;
import java.util.List;

import org.improvementtracker.people.People;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SectionService {

    private final Clock clock;
    private final PlanReader reader;
    private final SectionRepository sections;
    private final People people;
    private final AuditTrail audit;

    SectionService(Clock clock, PlanReader reader, SectionRepository sections, People people, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.reader = reader;
        this.sections = sections;
        this.people = people;
    }

    public long add(long organisationId, long planId, SectionDetails details) {
        reader.plan(organisationId, planId);
        people.requireMembers(organisationId, "leadPersonId", details.leadPersonId());
        long sectionId = sections.insert(organisationId, planId, details);
        Section created = reader.section(organisationId, planId, sectionId);
        audit.created(organisationId, Audited.section(created), created);
        return sectionId;
    }

    public void change(long organisationId, long planId, long sectionId, int version, SectionDetails details) {
        people.requireMembers(organisationId, "leadPersonId", details.leadPersonId());
        Section before = reader.section(organisationId, planId, sectionId);
        sections.update(organisationId, planId, sectionId, version, details);
        Section after = reader.section(organisationId, planId, sectionId);
        audit.updated(organisationId, Audited.section(after), before, after);
    }

    public void move(long organisationId, long planId, long sectionId, MoveDirection direction) {
        Section before = reader.section(organisationId, planId, sectionId);
        sections.move(before, direction);
        Section after = reader.section(organisationId, planId, sectionId);
        if (after.position() != before.position()) {
            audit.updated(organisationId, Audited.section(after), before, after);
        }
    }

    public Removal remove(long organisationId, long planId, long sectionId, int version) {
        Section section = reader.section(organisationId, planId, sectionId);
        List<Action> going = reader.actionsEverInPlan(organisationId, planId).stream()
                .filter(action -> action.sectionId() == sectionId && !action.archived()).toList();
        if (reader.plan(organisationId, planId).keepsHistory()) {
            sections.archive(organisationId, section, version, clock.instant());
            audit.archived(organisationId, Audited.section(section), section, Audited.archivedAt(clock.instant()));
            audit.all(Audited.removedWith(organisationId, going, true, clock.instant()));
            return Removal.ARCHIVED;
        }
        sections.delete(organisationId, section, version);
        audit.deleted(organisationId, Audited.section(section), section);
        audit.all(Audited.removedWith(organisationId, going, false, clock.instant()));
        return Removal.DELETED;
    }
}
