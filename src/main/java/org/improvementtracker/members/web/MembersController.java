package org.improvementtracker.members.web;

import java.time.Clock;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.AdministratorsOnly;
import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.members.MemberInvitations;
import org.improvementtracker.people.People;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's members, for its administrators: the list, and inviting someone. */
@Controller
@AdministratorsOnly
class MembersController {

    static final String LIST = "/organisation/members";
    private static final String FORM = "members/invite";

    private final Clock clock;
    private final Memberships memberships;
    private final MemberInvitations invitations;
    private final People people;

    MembersController(Clock clock, Memberships memberships, MemberInvitations invitations, People people) {
        this.clock = clock;
        this.memberships = memberships;
        this.invitations = invitations;
        this.people = people;
    }

    @GetMapping(LIST)
    public String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("members", memberships.members(user.organisationId()));
        model.addAttribute("zone", clock.getZone());
        return "members/list";
    }

    @GetMapping(LIST + "/new")
    public String newInvitation(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", new InviteForm());
        return form(user, model);
    }

    @PostMapping(LIST + "/new")
    public String invite(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") InviteForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasErrors()) {
            try {
                invitations.invite(user, form.toInvitee(), form.getPersonId());
                redirect.addFlashAttribute("banner", form.getName().strip() + " has been invited. The invitation is "
                        + "emailed when email is set up; otherwise find it, with its link, in the outbox.");
                return "redirect:" + LIST;
            } catch (InvalidInputException invalid) {
                Forms.reject(result, invalid);
            }
        }
        return form(user, model);
    }

    private String form(SignedInUser user, Model model) {
        model.addAttribute("roles", Roles.CHOICES);
        model.addAttribute("people", people.unlinked(user.organisationId()));
        return FORM;
    }
}
