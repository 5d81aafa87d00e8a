package org.improvementtracker.plans;

import java.time.Clock;

import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SuccessMeasureService {

    private final Clock clock;
    private final PlanReader reader;
    private final SuccessMeasureRepository measures;
    private final AuditTrail audit;

    SuccessMeasureService(Clock clock, PlanReader reader, SuccessMeasureRepository measures, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.reader = reader;
        this.measures = measures;
    }

    public long add(long organisationId, long planId, long actionId, SuccessMeasureDetails details) {
        reader.action(organisationId, planId, actionId);
        long measureId = measures.insert(organisationId, planId, actionId, details);
        SuccessMeasure created = reader.measure(organisationId, planId, measureId);
        audit.created(organisationId, Audited.measure(planId, created), created);
        return measureId;
    }

    public void change(long organisationId, long planId, long measureId, int version, SuccessMeasureDetails details) {
        SuccessMeasure before = reader.measure(organisationId, planId, measureId);
        measures.update(organisationId, planId, measureId, version, details);
        SuccessMeasure after = reader.measure(organisationId, planId, measureId);
        audit.updated(organisationId, Audited.measure(planId, after), before, after);
    }

    public void move(long organisationId, long planId, long measureId, MoveDirection direction) {
        SuccessMeasure before = reader.measure(organisationId, planId, measureId);
        measures.move(before, direction);
        SuccessMeasure after = reader.measure(organisationId, planId, measureId);
        if (after.position() != before.position()) {
            audit.updated(organisationId, Audited.measure(planId, after), before, after);
        }
    }

    public Removal remove(long organisationId, long planId, long measureId, int version) {
        SuccessMeasure measure = reader.measure(organisationId, planId, measureId);
        boolean keepHistory = reader.plan(organisationId, planId).keepsHistory();
        measures.remove(organisationId, measure, version, keepHistory, clock.instant());
        if (keepHistory) {
            audit.archived(organisationId, Audited.measure(planId, measure), measure, Audited.archivedAt(clock.instant()));
        } else {
            audit.deleted(organisationId, Audited.measure(planId, measure), measure);
        }
        return keepHistory ? Removal.ARCHIVED : Removal.DELETED;
    }
}
