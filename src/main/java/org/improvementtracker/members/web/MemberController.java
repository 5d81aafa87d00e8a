package org.improvementtracker.members.web;

import org.improvementtracker.accounts.AdministratorsOnly;
import org.improvementtracker.accounts.Member;
import org.improvementtracker.accounts.MembershipStatus;
import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.web.Forms;
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
 * One member, for the organisation's administrators: change their role, deactivate, reactivate. Whoever
 * is not a member of the administrator's organisation is not found.
 */
@Controller
@AdministratorsOnly
class MemberController {

    private static final String ONE = MembersController.LIST + "/{accountId}";
    private static final String ROLE_FORM = "members/role";
    private static final String DEACTIVATE = "members/deactivate";

    private final Memberships memberships;

    MemberController(Memberships memberships) {
        this.memberships = memberships;
    }

    @ModelAttribute("member")
    public Member member(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId) {
        return memberships.member(user.organisationId(), accountId);
    }

    @GetMapping(ONE + "/edit")
    public String edit(@ModelAttribute("member") Member member, Model model) {
        model.addAttribute("form", RoleForm.from(member));
        model.addAttribute("roles", Roles.CHOICES);
        return ROLE_FORM;
    }

    @PostMapping(ONE + "/edit")
    public String changeRole(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("member") Member member,
            @ModelAttribute("form") RoleForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasErrors()) {
            try {
                Member changed = memberships.changeRole(user, member.accountId(), form.chosen(), form.getVersion());
                redirect.addFlashAttribute("banner", changed.name() + " is now " + changed.role().label().toLowerCase()
                        + (changed.role() == member.role() ? "." : ". If they were signed in, they have been signed out so that it applies at once."));
                return "redirect:" + MembersController.LIST;
            } catch (InvalidInputException invalid) {
                Forms.reject(result, invalid);
            }
        }
        model.addAttribute("roles", Roles.CHOICES);
        return ROLE_FORM;
    }

    @GetMapping(ONE + "/deactivate")
    public String confirmDeactivate() {
        return DEACTIVATE;
    }

    @PostMapping(ONE + "/deactivate")
    public String deactivate(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("member") Member member, Model model,
            RedirectAttributes redirect) {
        try {
            memberships.deactivate(user, member.accountId());
        } catch (InvalidInputException refused) {
            model.addAttribute("problem", refused.problems().get(0).message());
            return DEACTIVATE;
        }
        redirect.addFlashAttribute("banner", member.name() + " has been deactivated and signed out. They cannot sign in "
                + "to this organisation, and their API tokens for it stop working, until you reactivate them.");
        return "redirect:" + MembersController.LIST;
    }

    @PostMapping(ONE + "/reactivate")
    public String reactivate(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("member") Member member,
            RedirectAttributes redirect) {
        Member reactivated = memberships.reactivate(user, member.accountId());
        redirect.addFlashAttribute("banner", reactivated.status() == MembershipStatus.INVITED
                ? member.name() + " had not joined yet, so is invited again: invite them once more to send a new link."
                : member.name() + " can sign in to this organisation again.");
        return "redirect:" + MembersController.LIST;
    }
}
