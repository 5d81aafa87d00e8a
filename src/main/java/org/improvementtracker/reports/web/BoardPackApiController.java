package org.improvementtracker.reports.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.reports.BoardPackReader;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /api/plans/{planId}/board-pack: the board pack as one HTML document, with the page's options as
 * query parameters. The document is written whatever the Accept header says, as a file download is.
 */
@RestController
class BoardPackApiController {

    private final PlanReader plans;
    private final BoardPackReader packs;
    private final ITemplateEngine templates;

    BoardPackApiController(PlanReader plans, BoardPackReader packs, ITemplateEngine templates) {
        this.plans = plans;
        this.packs = packs;
        this.templates = templates;
    }

    /** Another organisation's plan answers 404 before anything is said about the parameters. */
    @GetMapping("/api/plans/{planId}/board-pack")
    void boardPack(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String format, BoardPackParameters parameters, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        long organisationId = user.organisationId();
        plans.plan(organisationId, planId);
        checkFormat(format);
        BoardPackOptions options = parameters.options();
        Long chosen = parameters.periodId();
        long periodId = chosen != null ? chosen : packs.latestClosed(organisationId, planId)
                .orElseThrow(() -> new InvalidInputException("period",
                        "The plan has no closed period yet: give one as ?period={id}; GET /api/plans/" + planId
                                + "/periods lists them"))
                .id();
        BoardPack pack = packs.read(organisationId, user.organisationName(), planId, periodId, options);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        response.setContentType("text/html;charset=UTF-8");
        templates.process("reports/board-pack-document", new WebContext(exchange, Locale.UK, Map.of("pack", pack)),
                response.getWriter());
    }

    /** Only HTML for now; PDF, Word and Excel are not yet available. */
    private static void checkFormat(String format) {
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("html")) {
            throw new InvalidInputException("format",
                    "Only format=html is available; pdf, docx and xlsx are not yet available");
        }
    }
}
