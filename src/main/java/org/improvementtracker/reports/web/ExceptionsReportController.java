package org.improvementtracker.reports.web;

import java.io.IOException;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reports.CommitteeSummaryReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The exceptions-only report: the board pack's exceptions for a period, on their own, and its downloads. */
@Controller
class ExceptionsReportController {

    private static final String PAGE = "/plans/{planId}/exceptions-report";

    private final PeriodReportPages pages;
    private final CommitteeSummaryReader reports;

    ExceptionsReportController(PeriodReportPages pages, CommitteeSummaryReader reports) {
        this.pages = pages;
        this.reports = reports;
    }

    @GetMapping(PAGE)
    String exceptions(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        model.addAttribute("pageTitle", "Exceptions report");
        pages.choose(user, planId, period, model, response).ifPresent(chosen -> {
            model.addAttribute("pageTitle", "Exceptions report: " + chosen.label());
            model.addAttribute("report", reports.exceptions(user.organisationId(), user.organisationName(), planId,
                    chosen.id()));
        });
        return "reports/exceptions-report";
    }

    @GetMapping(PAGE + "/download")
    String download(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String format, @RequestParam(required = false) String period,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return pages.download(user, planId, format, period, "/plans/" + planId + "/exceptions-report",
                periodId -> reports.exceptions(user.organisationId(), user.organisationName(), planId, periodId),
                request, response);
    }
}
