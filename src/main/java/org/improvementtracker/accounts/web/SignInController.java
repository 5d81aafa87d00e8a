package org.improvementtracker.accounts.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.OpenIdSignInRefused;
import org.improvementtracker.accounts.SignInLockedException;
import org.improvementtracker.accounts.SignInMethods;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@OpenToPartners
class SignInController {

    private final Clock clock;
    private final SignInMethods methods;

    SignInController(Clock clock, SignInMethods methods) {
        this.clock = clock;
        this.methods = methods;
    }

    /**
     * Offers the ways in this installation has. After a refused sign-in, says when to try again if the
     * username is locked (existing or not), or why the identity provider's user cannot come in.
     */
    @GetMapping("/login")
    String signIn(HttpServletRequest request, Model model) {
        model.addAttribute("localPasswords", methods.localPasswords());
        model.addAttribute("identityProviders", methods.identityProviders());
        HttpSession session = request.getSession(false);
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (request.getParameter("error") != null) {
            if (refusal instanceof SignInLockedException locked) {
                model.addAttribute("locked", locked.tryAgainMessage(clock));
            } else if (refusal instanceof OpenIdSignInRefused refused) {
                model.addAttribute("identityProblem", refused.message());
            } else if (refusal instanceof OAuth2AuthenticationException) {
                model.addAttribute("identityProblem", "Your organisation's sign-in service did not sign you in. "
                        + "Try again, or ask your administrator if it keeps happening.");
            }
        }
        return "accounts/sign-in";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }
}
