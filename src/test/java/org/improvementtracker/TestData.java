package org.improvementtracker;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.people.People;
import org.improvementtracker.people.PersonDetails;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.OutcomeDetails;
import org.improvementtracker.plans.OutcomeService;
import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.SectionDetails;
import org.improvementtracker.plans.SectionService;
import org.improvementtracker.plans.SuccessMeasureDetails;
import org.improvementtracker.plans.SuccessMeasureService;
import org.improvementtracker.support.Inserted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds organisations, accounts and small plans through the real services. Names are unique per
 * call, because the database is shared by every test in the run (and survives between contexts).
 * Import with {@code @Import(TestData.class)}.
 */
@Component
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final People people;
    private final PlanService plans;
    private final SectionService sections;
    private final OutcomeService outcomes;
    private final ActionService actions;
    private final SuccessMeasureService measures;
    private final IndicatorService indicators;

    public TestData(JdbcClient jdbc, PasswordEncoder passwords, People people, PlanService plans,
            SectionService sections, OutcomeService outcomes, ActionService actions, SuccessMeasureService measures,
            IndicatorService indicators) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.people = people;
        this.plans = plans;
        this.sections = sections;
        this.outcomes = outcomes;
        this.actions = actions;
        this.measures = measures;
        this.indicators = indicators;
    }

    public record Organisation(long id, String name) {

        public String username(Role role) {
            return role.name().toLowerCase() + "-" + id;
        }
    }

    /** An organisation with one account per role, usernames like "plan_owner-17"; all use {@link #PASSWORD}. */
    public Organisation organisation() {
        String name = "Test Council " + SEQUENCE.incrementAndGet();
        long id = Inserted.id(jdbc.sql("insert into organisation (name, created_at) values (?, ?)")
                .params(name, OffsetDateTime.now()));
        Organisation organisation = new Organisation(id, name);
        String hash = passwords.encode(PASSWORD);
        for (Role role : Role.values()) {
            long accountId = Inserted.id(jdbc.sql("""
                    insert into account (organisation_id, username, display_name, password_hash, created_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, organisation.username(role), role.label() + " of " + name, hash, OffsetDateTime.now()));
            member(organisation, accountId, role);
        }
        return organisation;
    }

    /** Makes an account an active member of (another) organisation, with the role given. */
    public void member(Organisation organisation, long accountId, Role role) {
        jdbc.sql("""
                insert into membership (organisation_id, account_id, role, status, created_at, joined_at)
                values (?, ?, ?, 'ACTIVE', ?, ?)""")
                .params(organisation.id(), accountId, role.name(), OffsetDateTime.now(), OffsetDateTime.now())
                .update();
    }

    public long accountId(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    public long person(Organisation organisation, String name) {
        return people.add(organisation.id(), new PersonDetails(name, "Head of Service", null));
    }

    public long plan(Organisation organisation, PlanStatus status) {
        return plans.create(organisation.id(), new PlanDetails("Improvement plan " + SEQUENCE.incrementAndGet(),
                "v1", status, LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), "Vision", "Board",
                RatingScale.PROGRESS_5, "Priority", "Outcome"));
    }

    public long section(Organisation organisation, long planId, String number, String title) {
        return sections.add(organisation.id(), planId, new SectionDetails(number, title, null, null));
    }

    public long outcome(Organisation organisation, long planId, long sectionId, String number, String text) {
        return outcomes.add(organisation.id(), planId, sectionId, new OutcomeDetails(number, text, "Ofsted recommendation 1"));
    }

    public long action(Organisation organisation, long planId, long sectionId, Long outcomeId, String reference,
            String description, String timescale) {
        return actions.add(organisation.id(), planId, new ActionDetails(sectionId, outcomeId, reference, description,
                null, null, timescale, null, List.of()));
    }

    public long measure(Organisation organisation, long planId, long actionId, String text) {
        return measures.add(organisation.id(), planId, actionId,
                new SuccessMeasureDetails(text, new BigDecimal("80"), "%", LocalDate.of(2027, 3, 31)));
    }

    /** A percentage indicator, higher is better, in the section given (or none). */
    public long indicator(Organisation organisation, long planId, Long sectionId, String code) {
        return indicators.define(organisation.id(), planId, indicator(sectionId, code, "Indicator " + code));
    }

    /** A valid definition to start from: a percentage, higher is better, one decimal, no targets. */
    public static IndicatorDefinition indicator(Long sectionId, String code, String name) {
        return new IndicatorDefinition(sectionId, code, name, "Definition of " + name, Unit.PERCENTAGE,
                Polarity.HIGHER_IS_BETTER, null, null, 1, YearToDateRule.RATIO_OF_SUMS, Frequency.MONTHLY, "2024/25",
                null, new BigDecimal("60"), null, new BigDecimal("2"), null, List.of(), List.of(),
                List.of(), List.of());
    }

    /**
     * A bare definition: only what the arguments say, higher or lower as told, whole numbers unless a
     * ratio, and no baseline, tolerance, benchmarks, milestones or linked actions.
     */
    public static IndicatorDefinition indicator(Long sectionId, String code, String name, Unit unit,
            Polarity polarity, YearToDateRule rule, Frequency frequency, BigDecimal annualTarget) {
        return new IndicatorDefinition(sectionId, code, name, "Definition of " + name, unit, polarity, null, null,
                unit.isRatio() ? 1 : 0, rule, frequency, null, null, null, annualTarget, null, null, List.of(),
                List.of(), List.of(), List.of());
    }

    /** A plan with one section, one outcome and one action with a measure. */
    public SmallPlan smallPlan(Organisation organisation, PlanStatus status) {
        long planId = plan(organisation, status);
        long sectionId = section(organisation, planId, "1", "Front door");
        long outcomeId = outcome(organisation, planId, sectionId, "1.1", "Children get help early");
        long actionId = action(organisation, planId, sectionId, outcomeId, "1.1 i)", "Review the MASH", "Sept 25 - Jan 26");
        long measureId = measure(organisation, planId, actionId, "80% of contacts decided within 24 hours");
        return new SmallPlan(planId, sectionId, outcomeId, actionId, measureId);
    }

    public record SmallPlan(long planId, long sectionId, long outcomeId, long actionId, long measureId) {
    }
}
