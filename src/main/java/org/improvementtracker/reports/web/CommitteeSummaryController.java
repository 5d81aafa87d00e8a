package org.improvementtracker.reports.web;

import java.io.IOException;
import java.util.Optional;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reports.CommitteeSummaryReader;
import org.improvementtracker.reports.ReportIntroduction;
import org.improvementtracker.reports.ReportIntroductions;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.web.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The committee summary page: the period's summary as the committee reads it, its downloads, and for
 * the plan's editors the form for its introduction.
 */
@Controller
class CommitteeSummaryController {

    private static final String PAGE = "/plans/{planId}/committee-summary";
    private static final String VIEW = "reports/committee-summary";

    private final PeriodReportPages pages;
    private final PlanReader plans;
    private final PeriodService periods;
    private final CommitteeSummaryReader summaries;
    private final ReportIntroductions introductions;

    CommitteeSummaryController(PeriodReportPages pages, PlanReader plans, PeriodService periods,
            CommitteeSummaryReader summaries, ReportIntroductions introductions) {
        this.pages = pages;
        this.plans = plans;
        this.periods = periods;
        this.summaries = summaries;
        this.introductions = introductions;
    }

    @GetMapping(PAGE)
    String summary(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        Optional<Period> chosen = pages.choose(user, planId, period, model, response);
        chosen.ifPresent(p -> model.addAttribute("form",
                IntroductionForm.from(introductions.introduction(user.organisationId(), planId, p.id()))));
        return show(user, planId, chosen, model);
    }

    /**
     * A stale version keeps what the editor typed in the form, beside the introduction saved meanwhile,
     * at the version now stored: saving again replaces the other one knowingly. Another organisation's
     * plan is not found before anything is said about the form.
     */
    @PlanEditorsOnly
    @PostMapping(PAGE + "/introduction")
    String introduce(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) Long period, @ModelAttribute("form") IntroductionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws MissingServletRequestParameterException {
        plans.plan(user.organisationId(), planId);
        if (period == null) {
            throw new MissingServletRequestParameterException("period", "Long");
        }
        Period chosen = periods.period(user.organisationId(), planId, period);
        if (!result.hasErrors()) {
            try {
                introductions.write(user, planId, period, form.getVersion(), form.getText());
                redirect.addFlashAttribute("banner", "The introduction for " + chosen.label() + " is saved.");
                return "redirect:/plans/" + planId + "/committee-summary?period=" + period;
            } catch (InvalidInputException invalid) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                Forms.reject(result, invalid);
            } catch (ConflictException savedFirst) {
                ReportIntroduction now = introductions.introduction(user.organisationId(), planId, period);
                response.setStatus(HttpStatus.CONFLICT.value());
                result.reject("conflict", (now.updatedBy() == null ? "Someone" : now.updatedBy())
                        + " saved the introduction after you opened this page. Theirs is in the summary; your text"
                        + " is still in the box below. Save again to replace theirs with yours.");
                form.setVersion(now.version());
            }
        }
        pages.choose(user, planId, String.valueOf(period), model, response);
        return show(user, planId, Optional.of(chosen), model);
    }

    @GetMapping(PAGE + "/download")
    String download(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String format, @RequestParam(required = false) String period,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        return pages.download(user, planId, format, period, "/plans/" + planId + "/committee-summary",
                periodId -> summaries.summary(user.organisationId(), user.organisationName(), planId, periodId),
                request, response);
    }

    private String show(SignedInUser user, long planId, Optional<Period> chosen, Model model) {
        model.addAttribute("pageTitle", chosen.map(p -> "Committee summary: " + p.label()).orElse("Committee summary"));
        chosen.ifPresent(p -> model.addAttribute("summary",
                summaries.summary(user.organisationId(), user.organisationName(), planId, p.id())));
        model.addAttribute("mostCharacters", ReportIntroduction.MOST_CHARACTERS);
        return VIEW;
    }
}
