package org.improvementtracker.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.improvementtracker.accounts.Accounts;
import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** "Your account": who you are signed in as, and signing out on every device at once. */
@Controller
@OpenToPartners
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account() {
        return "accounts/account";
    }

    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(@AuthenticationPrincipal SignedInUser user, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) {
        accounts.endSessionsOf(user.username());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?signedOutEverywhere";
    }
}
