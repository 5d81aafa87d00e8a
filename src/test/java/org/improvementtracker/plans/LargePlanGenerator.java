package org.improvementtracker.plans;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.people.People;
import org.improvementtracker.people.PersonDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds a large, valid plan quickly, for tests and benchmarks: sections × outcomes × actions ×
 * success measures, with leads, timescales written as plans write them (due dates read from them by
 * the real parser), some actions directly under their section and a few cross-references. Rows go in
 * as one batched insert per table, because adding 5,000 actions one service call at a time takes
 * minutes. The same shape and seed give the same plan. Import with
 * {@code @Import(LargePlanGenerator.class)}.
 */
@Component
public class LargePlanGenerator {

    private static final LocalDate STARTS_ON = LocalDate.of(2025, 4, 1);
    private static final LocalDate ENDS_ON = LocalDate.of(2027, 3, 31);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final List<String> PEOPLE = List.of("AD", "SGU", "PP&P", "Tom Whitfield", "Priya Nair",
            "Grace Mensah", "Daniel Hughes", "Sarah Lindqvist", "Marcus Bell", "Hannah Price");
    private static final List<String> THEMES = List.of("Front door and early help", "Quality of practice",
            "Children in care", "Care leavers", "Workforce", "Management oversight", "Voice of the child",
            "Partnership and safeguarding", "Performance information", "Exploitation and missing children");
    private static final List<String> VERBS = List.of("Review", "Audit", "Embed", "Train staff on", "Publish",
            "Agree with partners", "Report to the Board on", "Recruit to");
    private static final List<String> SUBJECTS = List.of("the MASH arrangements", "the threshold document",
            "supervision of case holders", "return home interviews", "the care leaver offer",
            "the quality assurance framework", "the performance scorecard", "strategy discussions");

    private final JdbcTemplate jdbc;
    private final PlanService plans;
    private final People people;

    LargePlanGenerator(JdbcTemplate jdbc, PlanService plans, People people) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.people = people;
    }

    /** {@code sections × outcomesPerSection × actionsPerOutcome} actions, each with {@code measuresPerAction} measures. */
    public record Shape(int sections, int outcomesPerSection, int actionsPerOutcome, int measuresPerAction) {

        public int actions() {
            return sections * outcomesPerSection * actionsPerOutcome;
        }
    }

    /** The plan made, with its sections in order. */
    public record GeneratedPlan(long planId, List<Long> sectionIds, Shape shape) {

        public int actionsPerSection() {
            return shape.outcomesPerSection() * shape.actionsPerOutcome();
        }
    }

    public GeneratedPlan generate(Organisation organisation, Shape shape, long seed) {
        Random random = new Random(seed);
        long planId = plans.create(organisation.id(), new PlanDetails(
                "Large plan of " + shape.actions() + " actions, seed " + seed, "v1", PlanStatus.ACTIVE, STARTS_ON,
                ENDS_ON, "Every child gets the help they need.", "Improvement Board, monthly",
                RatingScale.PROGRESS_5, "Priority", "Outcome"));
        Rows rows = new Rows(organisation.id(), planId, PEOPLE.stream()
                .map(name -> people.add(organisation.id(), new PersonDetails(name, "Head of Service", null)))
                .toList());
        List<Long> sectionIds = rows.sections(shape, random);
        Map<String, Long> outcomeIds = rows.outcomes(shape, sectionIds, random);
        rows.actions(shape, sectionIds, outcomeIds, random);
        Map<String, Long> actionIds = idsBy("action", "reference", planId);
        rows.measures(shape, actionIds, random);
        rows.crossReferences(actionIds, random);
        return new GeneratedPlan(planId, sectionIds, shape);
    }

    /** The rows of one plan, each table inserted in one batch. */
    private final class Rows {

        private final long organisationId;
        private final long planId;
        private final List<Long> personIds;
        private final Map<String, LocalDate> dueDates = new HashMap<>();

        Rows(long organisationId, long planId, List<Long> personIds) {
            this.organisationId = organisationId;
            this.planId = planId;
            this.personIds = personIds;
        }

        List<Long> sections(Shape shape, Random random) {
            List<Object[]> sections = new ArrayList<>();
            for (int s = 1; s <= shape.sections(); s++) {
                sections.add(new Object[] {organisationId, planId, s, String.valueOf(s),
                        THEMES.get((s - 1) % THEMES.size()), "What priority " + s + " covers.", person(random)});
            }
            jdbc.batchUpdate("""
                    insert into section (organisation_id, plan_id, position, number, title, description, lead_person_id)
                    values (?, ?, ?, ?, ?, ?, ?)""", sections,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                            Types.BIGINT});
            Map<String, Long> byNumber = idsBy("section", "number", planId);
            return sections.stream().map(row -> byNumber.get((String) row[3])).toList();
        }

        Map<String, Long> outcomes(Shape shape, List<Long> sectionIds, Random random) {
            List<Object[]> outcomes = new ArrayList<>();
            for (int s = 1; s <= shape.sections(); s++) {
                for (int o = 1; o <= shape.outcomesPerSection(); o++) {
                    outcomes.add(new Object[] {organisationId, planId, sectionIds.get(s - 1), o, s + "." + o,
                            "Children get a better service, part " + s + "." + o,
                            "Ofsted recommendation " + (1 + random.nextInt(12))});
                }
            }
            jdbc.batchUpdate("""
                    insert into outcome (organisation_id, plan_id, section_id, position, number, text, source_tags)
                    values (?, ?, ?, ?, ?, ?, ?)""", outcomes,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
                            Types.VARCHAR});
            return idsBy("outcome", "number", planId);
        }

        /** About one action in ten sits directly under its section rather than under an outcome. */
        void actions(Shape shape, List<Long> sectionIds, Map<String, Long> outcomeIds, Random random) {
            List<Object[]> actions = new ArrayList<>();
            for (int s = 1; s <= shape.sections(); s++) {
                long sectionId = sectionIds.get(s - 1);
                int directlyUnderSection = 0;
                for (int o = 1; o <= shape.outcomesPerSection(); o++) {
                    int underOutcome = 0;
                    for (int a = 0; a < shape.actionsPerOutcome(); a++) {
                        boolean direct = random.nextInt(10) == 0;
                        int position = direct ? ++directlyUnderSection : ++underOutcome;
                        String reference = direct ? s + "." + position : s + "." + o + "." + position;
                        actions.add(action(sectionId, direct ? null : outcomeIds.get(s + "." + o), position,
                                reference, random));
                    }
                }
            }
            jdbc.batchUpdate("""
                    insert into action (organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                                        lead_person_id, responsible_person_id, due_date, timescale_text)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", actions,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR,
                            Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.DATE, Types.VARCHAR});
        }

        private Object[] action(long sectionId, Long outcomeId, int position, String reference, Random random) {
            String timescale = timescale(random);
            LocalDate dueDate = TimescaleParser.parse(timescale).dueDate();
            dueDates.put(reference, dueDate);
            String description = VERBS.get(random.nextInt(VERBS.size())) + " "
                    + SUBJECTS.get(random.nextInt(SUBJECTS.size())) + ", so that children get help sooner. "
                    + "Action " + reference + " of the plan.";
            Long responsible = random.nextBoolean() ? person(random) : null;
            return new Object[] {organisationId, planId, sectionId, outcomeId, position, reference, description,
                    person(random), responsible, dueDate, timescale};
        }

        void measures(Shape shape, Map<String, Long> actionIds, Random random) {
            List<Object[]> measures = new ArrayList<>();
            actionIds.keySet().stream().sorted().forEach(reference -> {
                LocalDate dueDate = dueDates.get(reference);
                for (int m = 1; m <= shape.measuresPerAction(); m++) {
                    int target = 50 + random.nextInt(51);
                    measures.add(new Object[] {organisationId, planId, actionIds.get(reference), m,
                            target + "% of children's files meet the standard (" + reference + ", measure " + m + ")",
                            BigDecimal.valueOf(target), "%", dueDate == null ? ENDS_ON : dueDate});
                }
            });
            jdbc.batchUpdate("""
                    insert into success_measure (organisation_id, plan_id, action_id, position, text, target_value,
                                                 target_unit, target_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", measures,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.NUMERIC,
                            Types.VARCHAR, Types.DATE});
        }

        /** About one action in twenty refers to another action of the plan. */
        void crossReferences(Map<String, Long> actionIds, Random random) {
            List<Long> ids = actionIds.values().stream().sorted().toList();
            List<Object[]> references = new ArrayList<>();
            for (int i = 1; i < ids.size(); i++) {
                if (random.nextInt(20) == 0) {
                    references.add(new Object[] {ids.get(i), ids.get(random.nextInt(i))});
                }
            }
            jdbc.batchUpdate("insert into action_cross_reference (action_id, referenced_action_id) values (?, ?)",
                    references, new int[] {Types.BIGINT, Types.BIGINT});
        }

        private Long person(Random random) {
            return personIds.get(random.nextInt(personIds.size()));
        }
    }

    /**
     * A timescale as plans write them, due within the plan's two years. One in eight has no date
     * ("TBC", "Ongoing"), which the pages flag.
     */
    private static String timescale(Random random) {
        YearMonth due = YearMonth.from(STARTS_ON).plusMonths(random.nextInt(24));
        return switch (random.nextInt(8)) {
            case 0 -> random.nextBoolean() ? "TBC" : "Ongoing";
            case 1, 2 -> "By " + LONG_MONTH.format(due);
            case 3, 4 -> SHORT_MONTH.format(due.minusMonths(1 + random.nextInt(6))) + " - " + SHORT_MONTH.format(due);
            default -> SHORT_MONTH.format(due);
        };
    }

    private Map<String, Long> idsBy(String table, String key, long planId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, " + key + " from " + table + " where plan_id = ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, planId);
        return ids;
    }
}
