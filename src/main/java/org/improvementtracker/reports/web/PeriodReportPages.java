package org.improvementtracker.reports.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reports.Report;
import org.improvementtracker.reports.ReportFormat;
import org.improvementtracker.reports.ReportWriters;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the pages of a report for one period share (the committee summary, the exceptions report): the
 * period chooser, the download links for every format, and the download itself.
 */
@Component
class PeriodReportPages {

    private final PlanReader plans;
    private final ReportPeriods periods;
    private final ReportWriters writers;
    private final ReportDownloads downloads;

    PeriodReportPages(PlanReader plans, ReportPeriods periods, ReportWriters writers, ReportDownloads downloads) {
        this.plans = plans;
        this.periods = periods;
        this.writers = writers;
        this.downloads = downloads;
    }

    /**
     * Puts the plan, the periods to choose from and the chosen one on the page's model. A period that is
     * not a number is a problem the page names, answered 400.
     */
    Optional<Period> choose(SignedInUser user, long planId, String period, Model model, HttpServletResponse response) {
        Plan plan = plans.plan(user.organisationId(), planId);
        List<Period> all = periods.all(user.organisationId(), planId);
        model.addAttribute("plan", plan);
        model.addAttribute("periods", ReportPeriods.choosable(all));
        model.addAttribute("formats", writers.formats());
        try {
            Optional<Period> chosen = ReportPeriods.forPage(all, ReportPeriods.id(period));
            chosen.ifPresent(p -> model.addAttribute("chosen", p));
            model.addAttribute("problems", List.of());
            return chosen;
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", invalid.problems());
            return Optional.empty();
        }
    }

    /**
     * Sends the report of the chosen period as a file; when the format or period is wrong, or no period
     * is closed yet, sends the user back to the page with the same query instead.
     */
    String download(SignedInUser user, long planId, String format, String period, String page,
            LongFunction<Report> report, HttpServletRequest request, HttpServletResponse response) throws IOException {
        plans.plan(user.organisationId(), planId);
        String back = "redirect:" + page;
        try {
            ReportFormat chosenFormat = ReportFormat.parse(format);
            Optional<Period> chosen = ReportPeriods.forPage(periods.all(user.organisationId(), planId),
                    ReportPeriods.id(period));
            if (chosen.isEmpty()) {
                return back;
            }
            downloads.send(report.apply(chosen.get().id()), chosenFormat, response);
            return null;
        } catch (InvalidInputException invalid) {
            String query = request.getQueryString();
            return back + (query == null ? "" : "?" + query);
        }
    }
}
