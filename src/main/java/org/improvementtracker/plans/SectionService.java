package org.improvementtracker.plans;

import java.time.Clock;

import org.improvementtracker.people.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SectionService {

    private final Clock clock;
    private final PlanReader reader;
    private final SectionRepository sections;
    private final People people;

    SectionService(Clock clock, PlanReader reader, SectionRepository sections, People people) {
        this.clock = clock;
        this.reader = reader;
        this.sections = sections;
        this.people = people;
    }

    public long add(long organisationId, long planId, SectionDetails details) {
        reader.plan(organisationId, planId);
        people.requireMembers(organisationId, "leadPersonId", details.leadPersonId());
        return sections.insert(organisationId, planId, details);
    }

    public void change(long organisationId, long planId, long sectionId, int version, SectionDetails details) {
        people.requireMembers(organisationId, "leadPersonId", details.leadPersonId());
        sections.update(organisationId, planId, sectionId, version, details);
    }

    public void move(long organisationId, long planId, long sectionId, MoveDirection direction) {
        sections.move(reader.section(organisationId, planId, sectionId), direction);
    }

    public Removal remove(long organisationId, long planId, long sectionId, int version) {
        Section section = reader.section(organisationId, planId, sectionId);
        if (reader.plan(organisationId, planId).keepsHistory()) {
            sections.archive(organisationId, section, version, clock.instant());
            return Removal.ARCHIVED;
        }
        sections.delete(organisationId, section, version);
        return Removal.DELETED;
    }
}
