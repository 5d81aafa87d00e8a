package org.improvementtracker.accounts.web;

import jakarta.servlet.http.HttpServletResponse;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.InvitationRefused;
import org.improvementtracker.accounts.Invitations;
import org.improvementtracker.accounts.PasswordPolicy;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an invitation's one-time link leads, signed in or not: someone new chooses their password, and
 * is then sent to sign in. A link unknown, used or expired gets a page saying which, and what to do.
 * The passwords typed are never put back into the page.
 */
@Controller
@OpenToPartners
class InvitationController {

    private static final String PAGE = "accounts/invitation";

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation")
    String invitation(@RequestParam(required = false) String token, Model model) {
        InvitationForm form = new InvitationForm();
        form.setToken(token);
        model.addAttribute("form", form);
        return page(token, model);
    }

    @PostMapping("/invitation")
    String accept(@ModelAttribute("form") InvitationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasErrors()) {
            try {
                String username = invitations.accept(form.getToken(), form.getPassword());
                redirect.addAttribute("welcome", "");
                redirect.addFlashAttribute("username", username);
                return "redirect:/login";
            } catch (InvalidInputException invalid) {
                Forms.reject(result, invalid);
            }
        }
        form.setPassword(null);
        form.setConfirmation(null);
        return page(form.getToken(), model);
    }

    private String page(String token, Model model) {
        model.addAttribute("invitation", invitations.invitation(token));
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        return PAGE;
    }

    @ExceptionHandler(InvitationRefused.class)
    String refused(InvitationRefused refused, HttpServletResponse response, Model model) {
        response.setStatus(refused.reason() == InvitationRefused.Reason.UNKNOWN ? 404 : 410);
        model.addAttribute("reason", refused.reason().name());
        return "accounts/invitation-refused";
    }
}
