package org.improvementtracker.imports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.FinancialYear;
import org.improvementtracker.indicators.IndicatorImport;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.people.People;
import org.improvementtracker.plans.ActionFilter;
import org.improvementtracker.plans.NewAction;
import org.improvementtracker.plans.NewOutcome;
import org.improvementtracker.plans.NewSection;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanImport;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.Section;
import org.improvementtracker.reporting.PastPeriod;
import org.improvementtracker.reporting.ReportingImport;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a previewed file, all or nothing, in one transaction: a new plan with everything the file holds, or
 * one new period's ratings and updates in an existing plan. A new plan is active, not a draft: it arrives
 * with its past periods closed, which are history a draft would not keep. Indicator tables become the new
 * plan's indicators; into an existing plan only the actions' reporting is brought in.
 */
@Service
@Transactional
public class ImportCommit {

    static final int MAX_INDICATOR_NAME = 300;
    private static final int MAX_YEAR_LABEL = 20;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Clock clock;
    private final PlanReader plans;
    private final PlanImport planImport;
    private final People people;
    private final ReportingImport reporting;
    private final IndicatorImport indicatorImport;

    ImportCommit(Clock clock, PlanReader plans, PlanImport planImport, People people, ReportingImport reporting,
            IndicatorImport indicatorImport) {
        this.clock = clock;
        this.plans = plans;
        this.planImport = planImport;
        this.people = people;
        this.reporting = reporting;
        this.indicatorImport = indicatorImport;
    }

    /** The new plan's id. */
    public long intoNewPlan(long organisationId, long accountId, ImportPreview preview, CommitChoices choices) {
        requireCommittable(preview, choices);
        ImportedPlan imported = preview.plan();
        String title = title(preview.fileName(), choices.title());
        List<NewSection> sections = sections(organisationId, imported);
        PlanImport.CreatedPlan created = planImport.create(organisationId, new PlanDetails(title, null,
                PlanStatus.ACTIVE, null, null, null, null, imported.ratingScale(), "Priority", "Outcome"), sections,
                preview.fileName());
        List<ImportedPlan.Action> actions = imported.actions();
        if (imported.periods().contains(ProposedColumn.INITIAL)) {
            Map<Long, Integer> initial = new LinkedHashMap<>();
            for (int at = 0; at < actions.size(); at++) {
                initial.put(created.actionIds().get(at), actions.get(at).ratings().get(ProposedColumn.INITIAL));
            }
            reporting.recordInitialRatings(organisationId, created.planId(), accountId, initial);
        }
        List<String> labels = imported.periods().stream().filter(label -> !label.equals(ProposedColumn.INITIAL))
                .toList();
        if (labels.isEmpty() && actions.stream().anyMatch(action -> !blank(action.evidenceOfImpact()))) {
            labels = List.of(ImportedPlan.CURRENT);
        }
        List<PastPeriod> past = new ArrayList<>();
        for (String label : labels) {
            boolean latest = label.equals(labels.get(labels.size() - 1));
            List<PastPeriod.PastUpdate> updates = new ArrayList<>();
            for (int at = 0; at < actions.size(); at++) {
                update(created.actionIds().get(at), actions.get(at), label, latest).ifPresent(updates::add);
            }
            past.add(period(label, choices.period(), updates));
        }
        reporting.recordClosedPeriods(organisationId, created.planId(), accountId, past,
                "Imported from " + preview.fileName());
        indicatorImport.create(organisationId, created.planId(), accountId,
                indicators(imported.indicators(), plans.sections(organisationId, created.planId()),
                        preview.fileName()));
        return created.planId();
    }

    /**
     * Records the file's latest period (its last rating or update column) in an existing plan, for the
     * plan's actions the file's actions match. Refused, naming {@code skipUnmatched} with each action, while
     * some match none and the person importing has not chosen to skip them.
     */
    public long intoExistingPlan(long organisationId, long accountId, long planId, ImportPreview preview,
            CommitChoices choices) {
        Plan plan = plans.plan(organisationId, planId);
        requireCommittable(preview, choices);
        ActionMatching matching = matching(organisationId, plan.id(), preview);
        if (!matching.unmatched().isEmpty() && !choices.skipUnmatched()) {
            throw new InvalidInputException(matching.unmatched().stream().map(action -> new FieldProblem(
                    "skipUnmatched", "No action of " + plan.title() + " has this reference or text: "
                            + ActionMatching.described(action))).toList());
        }
        List<String> labels = preview.plan().periods().stream()
                .filter(label -> !label.equals(ProposedColumn.INITIAL)).toList();
        if (labels.isEmpty()) {
            throw new InvalidInputException("mapping", "No column holds ratings or updates for a period: map a "
                    + "rating or update column to bring a period's reporting into " + plan.title());
        }
        String label = labels.get(labels.size() - 1);
        List<PastPeriod.PastUpdate> updates = new ArrayList<>();
        for (ActionMatching.Matched matched : matching.matched()) {
            update(matched.actionId(), matched.action(), label, true).ifPresent(updates::add);
        }
        reporting.recordClosedPeriods(organisationId, plan.id(), accountId,
                List.of(period(label, choices.period(), updates)), "Imported from " + preview.fileName());
        return plan.id();
    }

    /** How the file's actions match the plan's live actions; the pages show it before committing. */
    @Transactional(readOnly = true)
    public ActionMatching matching(long organisationId, long planId, ImportPreview preview) {
        return ActionMatching.of(plans.search(organisationId, planId, ActionFilter.ALL), preview.plan().actions());
    }

    private static void requireCommittable(ImportPreview preview, CommitChoices choices) {
        if (preview.blocked()) {
            throw new InvalidInputException(preview.problems().stream()
                    .filter(problem -> problem.severity() == ImportProblem.Severity.ERROR)
                    .map(problem -> new FieldProblem("file", problem.sentence())).toList());
        }
        if (preview.hasWarnings() && !choices.acceptWarnings()) {
            long warnings = preview.problems().stream()
                    .filter(problem -> problem.severity() == ImportProblem.Severity.WARNING).count();
            throw new InvalidInputException("acceptWarnings", "The file has " + warnings + " warning"
                    + (warnings == 1 ? "" : "s") + ": check " + (warnings == 1 ? "it" : "them")
                    + " and confirm you have, or correct the file and upload it again");
        }
    }

    /** The title chosen, else the file's name without its extension. */
    static String title(String fileName, String chosen) {
        String title = blank(chosen) ? fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").strip() : chosen.strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "Enter the plan's title");
        }
        if (title.length() > PlanDetails.MAX_TITLE) {
            throw new InvalidInputException("title", "The title must be " + PlanDetails.MAX_TITLE
                    + " characters or fewer");
        }
        return title;
    }

    private List<NewSection> sections(long organisationId, ImportedPlan imported) {
        Map<String, Long> personIds = people.findOrAdd(organisationId, imported.actions().stream()
                .flatMap(action -> Stream.of(action.lead(), action.responsibleOfficer())).filter(Objects::nonNull)
                .toList());
        List<NewSection> sections = new ArrayList<>();
        for (ImportedPlan.Section section : imported.sections()) {
            String number = blank(section.number()) ? Integer.toString(sections.size() + 1) : section.number().strip();
            List<NewOutcome> outcomes = new ArrayList<>();
            int actionNumber = 0;
            for (ImportedPlan.Outcome outcome : section.outcomes()) {
                List<NewAction> actions = new ArrayList<>();
                for (ImportedPlan.Action action : outcome.actions()) {
                    actionNumber++;
                    actions.add(new NewAction(blank(action.reference()) ? number + "." + actionNumber
                            : action.reference().strip(), Objects.requireNonNullElse(action.description(), ""),
                            personIds.get(action.lead()), personIds.get(action.responsibleOfficer()),
                            action.timescaleText(), action.dueDate(), action.successMeasures()));
                }
                outcomes.add(new NewOutcome(outcome.number(), outcome.text(), actions));
            }
            sections.add(new NewSection(number, blank(section.title()) ? number : section.title().strip(), outcomes));
        }
        return sections;
    }

    /**
     * The file's indicators for the new plan: coded PI1, PI2… in file order, in the section their table's
     * priority names (by number or title, else none), a percentage when their name says so and a number
     * otherwise, higher is better when the file gives no polarity, and the statistical neighbours' average a
     * benchmark for the baseline's year (else the financial year of the latest figure).
     */
    private List<IndicatorImport.NewIndicator> indicators(List<ImportedPlan.Indicator> imported,
            List<Section> sections, String fileName) {
        List<IndicatorImport.NewIndicator> indicators = new ArrayList<>();
        for (ImportedPlan.Indicator indicator : imported) {
            String name = Objects.requireNonNullElse(indicator.name(), "").strip();
            if (name.isEmpty() || name.length() > MAX_INDICATOR_NAME) {
                throw new InvalidInputException("file", "Row " + indicator.source().row() + " of "
                        + indicator.source().place() + ": an indicator's name must be 1 to " + MAX_INDICATOR_NAME
                        + " characters");
            }
            Map<YearMonth, BigDecimal> values = new LinkedHashMap<>();
            indicator.values().forEach((month, figure) -> {
                if (figure != null) {
                    values.put(YearMonth.parse(month), figure);
                }
            });
            String baselineLabel = blank(indicator.baselineLabel()) ? null : indicator.baselineLabel().strip();
            List<Benchmark> benchmarks = indicator.benchmark() == null ? List.of()
                    : List.of(new Benchmark(benchmarkYear(baselineLabel, values), BenchmarkKind.STATISTICAL_NEIGHBOURS,
                            indicator.benchmark(), "SN average, imported from " + fileName));
            indicators.add(new IndicatorImport.NewIndicator(sectionId(indicator.section(), sections),
                    "PI" + (indicators.size() + 1), name, blank(indicator.notes()) ? null : indicator.notes().strip(),
                    unit(name), indicator.polarity() == null ? Polarity.HIGHER_IS_BETTER
                            : Polarity.valueOf(indicator.polarity()), baselineLabel, indicator.baseline(),
                    benchmarks, values));
        }
        return indicators;
    }

    private static Long sectionId(String named, List<Section> sections) {
        if (blank(named)) {
            return null;
        }
        String wanted = named.strip();
        return sections.stream().filter(section -> wanted.equalsIgnoreCase(section.number())
                || wanted.equalsIgnoreCase(section.title())).map(Section::id).findFirst().orElse(null);
    }

    private static Unit unit(String name) {
        String lower = name.toLowerCase(Locale.UK);
        return lower.contains("%") || lower.contains("percent") || lower.contains("proportion") ? Unit.PERCENTAGE
                : Unit.NUMBER;
    }

    /** A benchmark's year as the file labels the baseline ("2016/17"), else the latest figure's financial year. */
    private String benchmarkYear(String baselineLabel, Map<YearMonth, BigDecimal> values) {
        if (baselineLabel != null && baselineLabel.length() <= MAX_YEAR_LABEL) {
            return baselineLabel;
        }
        YearMonth latest = values.keySet().stream().max(YearMonth::compareTo).orElse(YearMonth.now(clock));
        return FinancialYear.of(latest).label();
    }

    /** An action's update in a period, or none when the file gives it no rating, text or evidence there. */
    private static Optional<PastPeriod.PastUpdate> update(long actionId, ImportedPlan.Action action,
            String label, boolean latest) {
        Integer rating = action.ratings().get(label);
        String text = action.updates().get(label);
        String evidence = latest ? action.evidenceOfImpact() : null;
        if (rating == null && blank(text) && blank(evidence)) {
            return Optional.empty();
        }
        return Optional.of(new PastPeriod.PastUpdate(actionId, rating, text, evidence));
    }

    /**
     * The reporting period for one of the file's period labels, a calendar month: the file's current period
     * is this month unless the person importing names it.
     */
    private PastPeriod period(String label, String currentLabel, List<PastPeriod.PastUpdate> updates) {
        boolean current = label.equals(ImportedPlan.CURRENT);
        String name = !current ? label
                : blank(currentLabel) ? YearMonth.now(clock).atDay(1).format(MONTH) : currentLabel.strip();
        if (name.length() > PastPeriod.MAX_LABEL) {
            throw new InvalidInputException(current ? "period" : "mapping", "A period's label must be "
                    + PastPeriod.MAX_LABEL + " characters or fewer");
        }
        YearMonth month = PeriodMonths.of(name).orElseThrow(() -> new InvalidInputException(
                current ? "period" : "mapping", "‘" + name + "’ does not say which month it "
                + "is: name the period with its month, such as March 2014 or 03/14"));
        LocalDate startsOn = month.atDay(1);
        return new PastPeriod(name, startsOn, month.atEndOfMonth(), updates);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
