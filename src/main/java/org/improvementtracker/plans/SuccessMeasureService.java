package org.improvementtracker.plans;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class SuccessMeasureService {

    private final Clock clock;
    private final PlanReader reader;
    private final SuccessMeasureRepository measures;

    SuccessMeasureService(Clock clock, PlanReader reader, SuccessMeasureRepository measures) {
        this.clock = clock;
        this.reader = reader;
        this.measures = measures;
    }

    public long add(long organisationId, long planId, long actionId, SuccessMeasureDetails details) {
        reader.action(organisationId, planId, actionId);
        return measures.insert(organisationId, planId, actionId, details);
    }

    public void change(long organisationId, long planId, long measureId, int version, SuccessMeasureDetails details) {
        measures.update(organisationId, planId, measureId, version, details);
    }

    public void move(long organisationId, long planId, long measureId, MoveDirection direction) {
        measures.move(reader.measure(organisationId, planId, measureId), direction);
    }

    public Removal remove(long organisationId, long planId, long measureId, int version) {
        SuccessMeasure measure = reader.measure(organisationId, planId, measureId);
        boolean keepHistory = reader.plan(organisationId, planId).keepsHistory();
        measures.remove(organisationId, measure, version, keepHistory, clock.instant());
        return keepHistory ? Removal.ARCHIVED : Removal.DELETED;
    }
}
