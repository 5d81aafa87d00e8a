package org.improvementtracker.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The introductions of committee summaries: read by everyone who reads the plan, written by its
 * editors (the controllers check who), version-guarded so that two editors never overwrite each
 * other unseen, and recorded in the audit trail.
 */
@Service
@Transactional
public class ReportIntroductions {

    private static final String AUDITED = "Committee summary introduction";

    private final Clock clock;
    private final PeriodService periods;
    private final IntroductionRepository introductions;
    private final AuditTrail audit;

    ReportIntroductions(Clock clock, PeriodService periods, IntroductionRepository introductions, AuditTrail audit) {
        this.clock = clock;
        this.periods = periods;
        this.introductions = introductions;
        this.audit = audit;
    }

    /** The period's introduction, or an empty one at version 0; another plan's period is not found. */
    @Transactional(readOnly = true)
    public ReportIntroduction introduction(long organisationId, long planId, long periodId) {
        periods.period(organisationId, planId, periodId);
        return stored(organisationId, planId, periodId);
    }

    /** Without checking the period: for readers that have already read it. */
    ReportIntroduction stored(long organisationId, long planId, long periodId) {
        return introductions.find(organisationId, planId, periodId).map(IntroductionRepository.Stored::introduction)
                .orElse(ReportIntroduction.none());
    }

    /**
     * Saves the text as typed (Windows line breaks become plain ones); a version other than the one
     * stored is a conflict that changes nothing.
     */
    public ReportIntroduction write(SignedInUser user, long planId, long periodId, int version, String text) {
        long organisationId = user.organisationId();
        Period period = periods.period(organisationId, planId, periodId);
        String typed = check(text);
        Instant now = clock.instant();
        var before = introductions.find(organisationId, planId, periodId);
        if (before.isEmpty()) {
            if (version != 0) {
                throw stale(periodId);
            }
            long id = introductions.insert(organisationId, planId, periodId, typed, user.accountId(), now)
                    .orElseThrow(() -> stale(periodId));
            audit.created(organisationId, subject(id, period), Map.of("text", typed));
        } else {
            IntroductionRepository.Stored stored = before.get();
            if (!introductions.update(stored.id(), version, typed, user.accountId(), now)) {
                throw stale(periodId);
            }
            audit.updated(organisationId, subject(stored.id(), period), Map.of("text", stored.introduction().text()),
                    Map.of("text", typed));
        }
        return stored(organisationId, planId, periodId);
    }

    private static String check(String text) {
        String typed = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        int characters = typed.codePointCount(0, typed.length());
        if (characters > ReportIntroduction.MOST_CHARACTERS) {
            throw new InvalidInputException("text", "The introduction must be " + ReportIntroduction.MOST_CHARACTERS
                    + " characters or fewer; it has " + characters);
        }
        return typed;
    }

    private static AuditSubject subject(long id, Period period) {
        return AuditSubject.inPlan(AUDITED, id, period.label(), period.planId());
    }

    private static ConflictException stale(long periodId) {
        return new ConflictException("The introduction for period", periodId);
    }
}
