package org.improvementtracker.notifications.web;

import java.time.Clock;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.notifications.Inbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators see every notification of their organisation: what was emailed, or would have been. */
@Controller
class OutboxController {

    private final Clock clock;
    private final Inbox inbox;

    OutboxController(Clock clock, Inbox inbox) {
        this.clock = clock;
        this.inbox = inbox;
    }

    @GetMapping("/outbox")
    String outbox(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("outbox", inbox.outbox(user));
        model.addAttribute("zone", clock.getZone());
        return "notifications/outbox";
    }
}
