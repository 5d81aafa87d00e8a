package org.improvementtracker.indicators.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.FinancialYear;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.web.ValueGrid.Cell;
import org.improvementtracker.indicators.web.ValueGridForm.Change;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.Section;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Entering a year of monthly values in a grid, months as columns, as in the spreadsheet it replaces.
 * Only plan owners and administrators enter values, so only they see the grid; everyone reads values on
 * the indicator pages.
 */
@Controller
@PlanEditorsOnly
class ValueGridController {

    private static final String VIEW = "indicators/grid";
    private static final String PATH = "/plans/{planId}/indicators/values";
    private static final Pattern ENTRY_FIELD = Pattern.compile("values\\[(\\d+)]\\.(\\w+)");
    private static final String WHOLE_GRID = "values-grid";

    private final Clock clock;
    private final PlanReader plans;
    private final IndicatorReader reader;
    private final IndicatorValues values;

    ValueGridController(Clock clock, PlanReader plans, IndicatorReader reader, IndicatorValues values) {
        this.clock = clock;
        this.plans = plans;
        this.reader = reader;
        this.values = values;
    }

    @GetMapping(PATH)
    String grid(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) Long section, @RequestParam(required = false) Integer year, Model model) {
        return show(user, grid(user, planId, section, year), ValueGridForm.unchanged(), Map.of(), model);
    }

    @PostMapping(PATH)
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) Long section, @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ValueGrid grid = grid(user, planId, section, year);
        ValueGridForm form = ValueGridForm.posted(params);
        Map<String, GridProblem> problems = new LinkedHashMap<>();
        List<Change> changes = form.changes(grid, problems);
        if (!problems.isEmpty()) {
            return show(user, grid, form, problems, model);
        }
        try {
            values.saveAll(user.organisationId(), user.accountId(), changes.stream().map(Change::entry).toList());
        } catch (InvalidInputException invalid) {
            return show(user, grid, form, problems(invalid, changes), model);
        } catch (ConflictException savedFirst) {
            ValueGrid now = grid(user, planId, section, grid.year().startYear());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(user, now, form, conflicts(now, form, changes), model);
        }
        redirect.addFlashAttribute("banner", changes.isEmpty() ? "No values were changed, so nothing was saved."
                : "Saved " + changes.size() + (changes.size() == 1 ? " value" : " values"));
        return "redirect:" + address(grid, grid.year());
    }

    private ValueGrid grid(SignedInUser user, long planId, Long sectionId, Integer year) {
        Plan plan = plans.plan(user.organisationId(), planId);
        Section section = sectionId == null ? null : plans.section(user.organisationId(), planId, sectionId);
        YearMonth thisMonth = YearMonth.now(clock);
        if (year != null && (year < 1900 || year > 9998)) {
            throw new NotFoundException("Financial year", year);
        }
        FinancialYear shown = year == null ? ValueGrid.defaultYear(plan, thisMonth) : new FinancialYear(year);
        return ValueGrid.of(plan, section, shown,
                reader.ofPlan(user.organisationId(), planId, sectionId, shown.first(), shown.last()), thisMonth);
    }

    private String show(SignedInUser user, ValueGrid grid, ValueGridForm form, Map<String, GridProblem> problems,
            Model model) {
        model.addAttribute("grid", grid);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("sections", plans.sections(user.organisationId(), grid.plan().id()));
        model.addAttribute("action", address(grid, grid.year()));
        model.addAttribute("previousYear", grid.previous() == null ? null : address(grid, grid.previous()));
        model.addAttribute("nextYear", grid.next() == null ? null : address(grid, grid.next()));
        model.addAttribute("wideLayout", true);
        return VIEW;
    }

    /** Each of the service's problems against the input of the cell it names ("values[2].numerator"). */
    private static Map<String, GridProblem> problems(InvalidInputException invalid, List<Change> changes) {
        Map<String, GridProblem> problems = new LinkedHashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            Matcher entry = ENTRY_FIELD.matcher(problem.field());
            if (!entry.matches() || Integer.parseInt(entry.group(1)) >= changes.size()) {
                problems.putIfAbsent(WHOLE_GRID, new GridProblem(null, problem.message()));
                continue;
            }
            Cell cell = changes.get(Integer.parseInt(entry.group(1))).cell();
            problems.putIfAbsent(inputFor(cell, entry.group(2)), new GridProblem(cell.name(), problem.message()));
        }
        return problems;
    }

    /** The input a problem belongs to; a problem with the month as a whole goes to its first input. */
    private static String inputFor(Cell cell, String field) {
        boolean ratio = cell.indicator().unit().isRatio();
        return switch (field) {
            case "note" -> cell.inputId(GridLine.NOTE.field());
            case "numerator", "denominator" -> ratio ? cell.inputId(field) : cell.mainInputId();
            case "value" -> ratio ? cell.mainInputId() : cell.inputId(field);
            default -> cell.mainInputId();
        };
    }

    /**
     * The months someone else saved since this page was read: each is shown as it is now, with what this
     * user typed kept, so that saving again replaces the other figures knowingly and nothing silently.
     */
    private static Map<String, GridProblem> conflicts(ValueGrid now, ValueGridForm form, List<Change> changes) {
        Map<String, Cell> current = now.editableCells().stream()
                .collect(Collectors.toMap(Cell::key, Function.identity()));
        Map<String, GridProblem> problems = new LinkedHashMap<>();
        for (Change change : changes) {
            Cell cell = current.get(change.cell().key());
            IndicatorValue saved = cell == null ? null : cell.saved();
            Integer read = change.entry().version();
            boolean asRead = saved == null ? read == null : read != null && saved.version() == read;
            if (cell == null || asRead) {
                continue;
            }
            form.rebase(cell, saved);
            problems.put(cell.mainInputId(), new GridProblem(cell.name(), "Someone else saved this month after "
                    + "you opened the page: " + reads(cell) + ". Nothing was saved. Your figures are still in the "
                    + "grid: save again to replace theirs, or change them"));
        }
        if (problems.isEmpty()) {
            problems.put(WHOLE_GRID, new GridProblem(null,
                    "Someone else saved values in this grid after you opened it, so nothing was saved. Save again."));
        }
        return problems;
    }

    /** "it now reads 18, with the note “Corrected”": what someone else saved, so the user can choose. */
    private static String reads(Cell cell) {
        if (cell.saved() == null) {
            return "it has no value now";
        }
        String value = cell.shown(GridLine.VALUE);
        String note = cell.shown(GridLine.NOTE);
        return "it now reads " + (value.isEmpty() ? "no value" : value)
                + (note.isEmpty() ? "" : ", with the note “" + note + "”");
    }

    private static String address(ValueGrid grid, FinancialYear year) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParamIfPresent("section", Optional.ofNullable(grid.section()).map(Section::id))
                .queryParam("year", year.startYear())
                .buildAndExpand(grid.plan().id()).toUriString();
    }
}
