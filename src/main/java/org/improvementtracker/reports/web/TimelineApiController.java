package org.improvementtracker.reports.web;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reports.timeline.TimelineReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The timeline's figures for scripts and Power BI. */
@RestController
class TimelineApiController {

    private final TimelineReader timelines;

    TimelineApiController(TimelineReader timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/api/plans/{planId}/timeline")
    TimelineJson timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        return TimelineJson.of(timelines.read(user.organisationId(), planId));
    }
}
