package org.improvementtracker.reports.web;

import java.io.IOException;
import java.util.function.LongFunction;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reports.CommitteeSummaryReader;
import org.improvementtracker.reports.Report;
import org.improvementtracker.reports.ReportFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /api/plans/{planId}/summary and /exceptions: the committee summary and the exceptions report in
 * the chosen format, for the chosen period or the latest closed one, as the board pack API answers.
 */
@RestController
class CommitteeReportsApiController {

    private final PlanReader plans;
    private final ReportPeriods periods;
    private final CommitteeSummaryReader reports;
    private final ReportDownloads downloads;

    CommitteeReportsApiController(PlanReader plans, ReportPeriods periods, CommitteeSummaryReader reports,
            ReportDownloads downloads) {
        this.plans = plans;
        this.periods = periods;
        this.reports = reports;
        this.downloads = downloads;
    }

    @GetMapping("/api/plans/{planId}/summary")
    void summary(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String period, @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        send(user, planId, period, format, response,
                periodId -> reports.summary(user.organisationId(), user.organisationName(), planId, periodId));
    }

    @GetMapping("/api/plans/{planId}/exceptions")
    void exceptions(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String period, @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        send(user, planId, period, format, response,
                periodId -> reports.exceptions(user.organisationId(), user.organisationName(), planId, periodId));
    }

    /** Another organisation's plan answers 404 before anything is said about the parameters. */
    private void send(SignedInUser user, long planId, String period, String format, HttpServletResponse response,
            LongFunction<Report> report) throws IOException {
        plans.plan(user.organisationId(), planId);
        ReportFormat chosenFormat = ReportFormat.parse(format);
        long periodId = periods.forApi(user.organisationId(), planId, period);
        downloads.send(report.apply(periodId), chosenFormat, response);
    }
}
