package org.improvementtracker.reports.web;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reports.timeline.Timeline;
import org.improvementtracker.reports.timeline.TimelineReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan's actions month by month: a table to read on screen or print on A4 landscape. */
@Controller
class TimelineController {

    private final TimelineReader timelines;

    TimelineController(TimelineReader timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/plans/{planId}/timeline")
    String timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        Timeline timeline = timelines.read(user.organisationId(), planId);
        model.addAttribute("timeline", timeline);
        model.addAttribute("plan", timeline.plan());
        model.addAttribute("wideLayout", true);
        return "reports/timeline";
    }
}
