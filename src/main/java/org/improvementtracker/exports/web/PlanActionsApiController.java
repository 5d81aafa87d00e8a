package org.improvementtracker.exports.web;

import java.io.IOException;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.exports.PlanActions;
import org.improvementtracker.exports.PlanActionsFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/** A plan's actions as CSV or XLSX for scripts; any other format is a problem naming {@code format}. */
@RestController
class PlanActionsApiController {

    private final PlanActions actions;

    PlanActionsApiController(PlanActions actions) {
        this.actions = actions;
    }

    @GetMapping("/api/plans/{planId}/actions/export")
    void export(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        PlanActionsFile file = PlanActionsFile.of(format);
        PlanActionsDownload.send(actions.of(user.organisationId(), planId), file, response);
    }
}
