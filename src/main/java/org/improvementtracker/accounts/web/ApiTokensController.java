package org.improvementtracker.accounts.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.ApiToken;
import org.improvementtracker.accounts.ApiTokens;
import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your API tokens": every signed-in person, whatever their role, manages their own tokens only (a
 * token can do no more than its owner's role allows). Nobody sees or revokes anyone else's.
 */
@Controller
@OpenToPartners
class ApiTokensController {

    private static final String LIST = "/account/tokens";
    private static final String FORM = "accounts/token-form";

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("tokens", tokens.mine(user));
        model.addAttribute("now", tokens.now());
        return "accounts/tokens";
    }

    @GetMapping(LIST + "/new")
    String newToken(Model model) {
        model.addAttribute("form", new ApiTokenForm());
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return FORM;
    }

    /**
     * Shows the secret in the answer to the post itself, not after a redirect: a redirect would have to
     * keep the secret in the session until the next page, and the point is that it is kept nowhere.
     */
    @PostMapping(LIST + "/new")
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") ApiTokenForm form,
            BindingResult result, Model model) {
        form.check(result);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        if (result.hasErrors()) {
            return FORM;
        }
        model.addAttribute("created", tokens.create(user, form.getName(), form.daysAsNumber()));
        return "accounts/token-created";
    }

    @GetMapping(LIST + "/{tokenId}/revoke")
    String confirmRevoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long tokenId, Model model) {
        model.addAttribute("token", tokens.mine(user, tokenId));
        return "accounts/token-revoke";
    }

    @PostMapping(LIST + "/{tokenId}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long tokenId, RedirectAttributes redirect) {
        ApiToken token = tokens.revoke(user, tokenId);
        redirect.addFlashAttribute("banner", "Token “" + token.name() + "” revoked: it no longer works.");
        return "redirect:" + LIST;
    }
}
