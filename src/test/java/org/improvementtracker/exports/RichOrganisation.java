package org.improvementtracker.exports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.Milestone;
import org.improvementtracker.indicators.MonthlyTarget;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.people.People;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.InitialRatings;
import org.improvementtracker.reporting.Moderation;
import org.improvementtracker.reporting.PeriodDetails;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateService;
import org.improvementtracker.reports.ReportIntroductions;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An organisation with something in every exported table, built through the application's services: a plan
 * with sections, outcomes, actions (led, cross-referenced, measured), a glossary, initial ratings, a closed and
 * an open period with submitted, approved and returned updates, an indicator with benchmarks, a milestone, a
 * monthly target, linked actions and values saved twice, a partner limited to a named action and a committee
 * summary's introduction.
 */
final class RichOrganisation {

    final Organisation organisation;
    final long planId;
    final long closedPeriodId;
    final long firstActionId;

    RichOrganisation(ApplicationContext context) {
        TestData testData = context.getBean(TestData.class);
        PlanService plans = context.getBean(PlanService.class);
        ActionService actions = context.getBean(ActionService.class);
        PeriodService periods = context.getBean(PeriodService.class);
        UpdateService updates = context.getBean(UpdateService.class);
        Moderation moderation = context.getBean(Moderation.class);
        InitialRatings initialRatings = context.getBean(InitialRatings.class);
        IndicatorService indicators = context.getBean(IndicatorService.class);
        IndicatorValues values = context.getBean(IndicatorValues.class);
        PartnerAccess partners = context.getBean(PartnerAccess.class);
        ReportIntroductions introductions = context.getBean(ReportIntroductions.class);
        People people = context.getBean(People.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);

        organisation = testData.organisation();
        SignedInUser owner = (SignedInUser) users.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
        long contributorId = testData.accountId(organisation.username(Role.CONTRIBUTOR));
        long leadId = testData.person(organisation, "Leon Adeyemi");
        people.linkToAccount(organisation.id(), leadId, contributorId, "account");
        long officerId = testData.person(organisation, "=Ofelia Okafor");

        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        long frontDoor = testData.section(organisation, planId, "1", "Front door");
        long care = testData.section(organisation, planId, "2", "Children in care");
        long early = testData.outcome(organisation, planId, frontDoor, "1.1", "Children get help early");
        long stable = testData.outcome(organisation, planId, care, "2.1", "Stable homes");
        firstActionId = actions.add(organisation.id(), planId, new ActionDetails(frontDoor, early, "1.1 i)",
                "Review the MASH", leadId, officerId, "Sept 25 - Jan 26", LocalDate.of(2026, 1, 31), List.of()));
        long second = actions.add(organisation.id(), planId, new ActionDetails(frontDoor, early, "1.1 ii)",
                "Audit the MASH, see 1.1 i)", leadId, null, "Dec 26", null, List.of("1.1 i)")));
        long third = actions.add(organisation.id(), planId, new ActionDetails(care, stable, "2.1 i)",
                "Recruit foster carers", leadId, officerId, "Ongoing", null, List.of()));
        testData.measure(organisation, planId, firstActionId, "80% of contacts decided within 24 hours");
        testData.measure(organisation, planId, firstActionId, "Audits show good decisions");
        testData.measure(organisation, planId, third, "12 new carers");
        plans.addGlossaryTerm(organisation.id(), planId, "MASH", "Multi-agency safeguarding hub");
        initialRatings.record(owner, planId, List.of(new InitialRatings.Change(firstActionId, 2, null),
                new InitialRatings.Change(third, 1, null)));

        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        closedPeriodId = periods.create(organisation.id(), planId, new PeriodDetails("Last month",
                today.minusDays(50), today.minusDays(21), today.minusDays(15)));
        periods.open(owner, planId, closedPeriodId, 0);
        long firstUpdate = updates.save(owner, planId, firstActionId, closedPeriodId, null,
                new UpdateDraft(3, "On track", "Audit of 40 contacts", true)).id();
        moderation.approve(owner, planId, firstUpdate, moderation.update(organisation.id(), planId, firstUpdate).version(),
                4, "Better than proposed: the audit was good");
        long secondUpdate = updates.save(owner, planId, second, closedPeriodId, null,
                new UpdateDraft(2, "Delayed", null, true)).id();
        moderation.approve(owner, planId, secondUpdate, moderation.update(organisation.id(), planId, secondUpdate).version(),
                null, null);
        updates.save(owner, planId, third, closedPeriodId, null, new UpdateDraft(1, "Not started", null, true));
        periods.review(owner, planId, closedPeriodId, periods.period(organisation.id(), planId, closedPeriodId).version());
        periods.close(owner, planId, closedPeriodId, periods.period(organisation.id(), planId, closedPeriodId).version());
        introductions.write(owner, planId, closedPeriodId, 0, "The board's summary.\nSecond line.");

        long openPeriodId = periods.create(organisation.id(), planId, new PeriodDetails("This month",
                today.minusDays(14), today.plusDays(14), today.plusDays(20)));
        periods.open(owner, planId, openPeriodId, 0);
        long returned = updates.save(owner, planId, firstActionId, openPeriodId, null,
                new UpdateDraft(3, "Still on track", null, true)).id();
        moderation.giveBack(owner, planId, returned, moderation.update(organisation.id(), planId, returned).version(),
                "Please add the audit results");

        long indicatorId = indicators.define(organisation.id(), planId, new IndicatorDefinition(frontDoor, "FD1",
                "Contacts decided within 24 hours", "Share of contacts", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                null, null, 1, YearToDateRule.RATIO_OF_SUMS, Frequency.MONTHLY, "2024/25", YearMonth.of(2025, 3),
                new BigDecimal("61.25"), new BigDecimal("80"), new BigDecimal("2.5"), leadId,
                List.of(new Benchmark("2024/25", BenchmarkKind.ENGLAND, new BigDecimal("75.5"), "DfE"),
                        new Benchmark("2024/25", BenchmarkKind.STATISTICAL_NEIGHBOURS, new BigDecimal("72"), null)),
                List.of(new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("70"))),
                List.of(new MonthlyTarget(YearMonth.of(2025, 6), new BigDecimal("65.0"))), List.of(firstActionId)));
        long ownerId = owner.accountId();
        values.save(organisation.id(), ownerId, new ValueEntry(indicatorId, YearMonth.of(2025, 5),
                new Figures(null, new BigDecimal("60"), new BigDecimal("100"), "Staff shortage"), null));
        values.save(organisation.id(), ownerId, new ValueEntry(indicatorId, YearMonth.of(2025, 6),
                new Figures(null, null, null, "Not yet collected"), null));
        values.save(organisation.id(), ownerId, new ValueEntry(indicatorId, YearMonth.of(2025, 6),
                new Figures(null, new BigDecimal("66"), new BigDecimal("100"), "=Two late audits"), 0));

        long partnerId = testData.accountId(organisation.username(Role.CONTRIBUTOR));
        partners.limit(organisation.id(), partnerId);
        partners.name(organisation.id(), partnerId, 0, List.of(third));
        jdbc.sql("update account set last_signed_in_at = ?, email = ? where id = ?")
                .params(OffsetDateTime.parse("2026-05-01T09:30:15.123456+01:00"), "lead@example.org", partnerId)
                .update();
    }

    String administrator() {
        return organisation.username(Role.ADMINISTRATOR);
    }
}
