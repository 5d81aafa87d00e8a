package org.improvementtracker.partners.web;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.partners.Partner;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators limit contributors to named actions, choose those actions, and lift the limit. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class PartnersController {

    private static final String LIST = "/organisation/partners";
    private static final String CHOOSE = "partners/actions";

    private final PartnerAccess access;

    PartnersController(PartnerAccess access) {
        this.access = access;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("contributors", access.contributors(user.organisationId()));
        return "partners/list";
    }

    @PostMapping(LIST + "/{accountId}/limit")
    String limit(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId, RedirectAttributes redirect) {
        Partner partner = access.limit(user.organisationId(), accountId);
        redirect.addFlashAttribute("banner", partner.displayName()
                + " is now limited to named actions. Choose the actions they may see and update.");
        return "redirect:" + LIST + "/" + accountId;
    }

    @GetMapping(LIST + "/{accountId}")
    String choose(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId, Model model) {
        Partner partner = limitedContributor(user, accountId);
        model.addAttribute("form", PartnerActionsForm.from(partner));
        return show(user, partner, model);
    }

    @PostMapping(LIST + "/{accountId}")
    String name(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId,
            @ModelAttribute("form") PartnerActionsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Partner partner = limitedContributor(user, accountId);
        if (!result.hasErrors()) {
            try {
                Partner named = access.name(user.organisationId(), accountId, form.getVersion(), form.getActionIds());
                redirect.addFlashAttribute("banner", named.displayName() + " may now see and update "
                        + named.actionIds().size() + (named.actionIds().size() == 1 ? " action." : " actions."));
                return "redirect:" + LIST;
            } catch (InvalidInputException invalid) {
                Forms.reject(result, invalid);
            }
        }
        return show(user, partner, model);
    }

    @PostMapping(LIST + "/{accountId}/lift")
    String lift(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId, @RequestParam int version,
            RedirectAttributes redirect) {
        Partner partner = access.contributor(user.organisationId(), accountId);
        access.lift(user.organisationId(), accountId, version);
        redirect.addFlashAttribute("banner", partner.displayName()
                + " is no longer limited: they read every plan and update the actions they lead.");
        return "redirect:" + LIST;
    }

    /** Choosing actions is for a limited contributor; anyone else has no such page. */
    private Partner limitedContributor(SignedInUser user, long accountId) {
        Partner partner = access.contributor(user.organisationId(), accountId);
        if (!partner.limited()) {
            throw new NotFoundException("Partner access", accountId);
        }
        return partner;
    }

    private String show(SignedInUser user, Partner partner, Model model) {
        model.addAttribute("partner", partner);
        model.addAttribute("choices", access.choices(user.organisationId()));
        return CHOOSE;
    }
}
