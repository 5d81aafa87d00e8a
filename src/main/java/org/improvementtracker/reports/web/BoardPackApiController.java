package org.improvementtracker.reports.web;

import java.io.IOException;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.reports.BoardPackReader;
import org.improvementtracker.reports.ReportFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /api/plans/{planId}/board-pack: the board pack in the chosen format (html, the default, pdf, docx
 * or xlsx), with the page's options as query parameters. The document is written whatever the Accept
 * header says, as a file download is.
 */
@RestController
class BoardPackApiController {

    private final PlanReader plans;
    private final BoardPackReader packs;
    private final ReportPeriods periods;
    private final ReportDownloads downloads;

    BoardPackApiController(PlanReader plans, BoardPackReader packs, ReportPeriods periods, ReportDownloads downloads) {
        this.plans = plans;
        this.packs = packs;
        this.periods = periods;
        this.downloads = downloads;
    }

    /** Another organisation's plan answers 404 before anything is said about the parameters. */
    @GetMapping("/api/plans/{planId}/board-pack")
    void boardPack(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String format, BoardPackParameters parameters,
            HttpServletResponse response) throws IOException {
        long organisationId = user.organisationId();
        plans.plan(organisationId, planId);
        ReportFormat chosenFormat = ReportFormat.parse(format);
        BoardPackOptions options = parameters.options();
        long periodId = periods.forApi(organisationId, planId, parameters.period());
        BoardPack pack = packs.read(organisationId, user.organisationName(), planId, periodId, options);
        downloads.send(pack, chosenFormat, response);
    }
}
