package org.improvementtracker.notifications.web;

import java.time.Clock;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.notifications.Inbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own messages, and the administrators' outbox: every notification of the organisation, what
 * was emailed or would have been. The message to mark read is a form field, not a path, as it is always
 * one's own.
 */
@Controller
class MessagesController {

    private final Clock clock;
    private final Inbox inbox;

    MessagesController(Clock clock, Inbox inbox) {
        this.clock = clock;
        this.inbox = inbox;
    }

    @OpenToPartners
    @GetMapping("/messages")
    String messages(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("messages", inbox.messages(user));
        model.addAttribute("zone", clock.getZone());
        return "notifications/messages";
    }

    @OpenToPartners
    @PostMapping("/messages/read")
    String markRead(@AuthenticationPrincipal SignedInUser user, @RequestParam long notification,
            RedirectAttributes redirect) {
        inbox.markRead(user, notification);
        redirect.addFlashAttribute("banner", "Message marked as read.");
        return "redirect:/messages";
    }

    @GetMapping("/outbox")
    String outbox(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("outbox", inbox.outbox(user));
        model.addAttribute("zone", clock.getZone());
        return "notifications/outbox";
    }
}
