package org.improvementtracker.accounts.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignInLockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@OpenToPartners
class SignInController {

    private final Clock clock;

    SignInController(Clock clock) {
        this.clock = clock;
    }

    /** After a refused sign-in, says when to try again if the username is locked (existing or not). */
    @GetMapping("/login")
    String signIn(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (request.getParameter("error") != null && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLockedException locked) {
            model.addAttribute("locked", locked.tryAgainMessage(clock));
        }
        return "accounts/sign-in";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }
}
