package org.improvementtracker.exports.web;

import java.io.IOException;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.exports.PlanActions;
import org.improvementtracker.exports.PlanActionsFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;

/** A plan's actions as one flat table to download, for anyone who can read the plan (not partners: it names every action). */
@Controller
class PlanActionsController {

    private final PlanActions actions;

    PlanActionsController(PlanActions actions) {
        this.actions = actions;
    }

    @GetMapping("/plans/{planId}/actions.csv")
    void csv(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, HttpServletResponse response)
            throws IOException {
        PlanActionsDownload.send(actions.of(user.organisationId(), planId), PlanActionsFile.CSV, response);
    }

    @GetMapping("/plans/{planId}/actions.xlsx")
    void xlsx(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, HttpServletResponse response)
            throws IOException {
        PlanActionsDownload.send(actions.of(user.organisationId(), planId), PlanActionsFile.XLSX, response);
    }
}
