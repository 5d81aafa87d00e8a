package org.improvementtracker.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.support.NotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The header's organisation switcher: from now on this session works in the chosen organisation, with the
 * person's role there, on every page. Only organisations they are an active member of can be chosen;
 * any other id is not found. Goes to the list of plans, as the page they were on belongs to the other one.
 */
@Controller
@OpenToPartners
class OrganisationSwitchController {

    private final Memberships memberships;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OrganisationSwitchController(Memberships memberships) {
        this.memberships = memberships;
    }

    @PostMapping("/organisation/switch")
    String switchTo(@AuthenticationPrincipal SignedInUser user, @RequestParam long organisationId,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        SignedInUser chosen = memberships.signedInAs(user.accountId(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(chosen, null, chosen.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // A new session id for new powers, as at sign-in: an id seen before the switch is worth nothing after it
        request.getSession();
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("banner", "You are now working in " + chosen.organisationName() + " as "
                + chosen.role().label().toLowerCase() + ".");
        return "redirect:/plans";
    }
}
