package org.improvementtracker.imports.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.imports.ImportLimits;
import org.improvementtracker.imports.Imports;
import org.improvementtracker.imports.PendingPreview;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bringing a plan in through the pages: choose the file and whether it is a new plan or a period of an existing
 * one, confirm what each column holds, check the preview and its problems, import. The upload is kept in the
 * database between the steps; the chosen plan travels as {@code planId} in each step's address.
 */
@Controller
@PlanEditorsOnly
class ImportPagesController {

    private final Imports imports;
    private final PlanReader plans;
    private final ImportLimits limits;

    ImportPagesController(Imports imports, PlanReader plans, ImportLimits limits) {
        this.imports = imports;
        this.plans = plans;
        this.limits = limits;
    }

    @GetMapping("/imports/new")
    public String form(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Long planId,
            Model model) {
        return uploadForm(user, planId, List.of(), model);
    }

    @PostMapping("/imports")
    public String upload(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Long planId, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadForm(user, planId, List.of(new FieldProblem("file", "Select the plan's Word, Excel or CSV file")), model);
        }
        if (file.getSize() > limits.maxFileSize().toBytes()) {
            return uploadForm(user, planId, List.of(new FieldProblem("file", "The file is larger than "
                    + limits.maxFileSize().toMegabytes() + " MB: remove pictures or split the plan")), model);
        }
        try {
            PendingPreview pending = imports.upload(user.organisationId(), user.accountId(),
                    file.getOriginalFilename(), file.getBytes(), null, planId);
            return "redirect:" + ImportPage.address(pending.importId(), "/mapping", planId);
        } catch (InvalidInputException unreadable) {
            return uploadForm(user, planId, unreadable.problems(), model);
        }
    }

    @GetMapping("/imports/{importId}/mapping")
    public String mapping(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID importId,
            @RequestParam(required = false) Long planId, Model model) {
        PendingPreview pending = imports.preview(user.organisationId(), user.accountId(), importId, planId);
        return mappingForm(user, pending, planId, pending.preview().mapping().keys(), List.of(), model);
    }

    /** Each column's choice comes as {@code field-C} with, for ratings and updates, its {@code period-C}. */
    @PostMapping("/imports/{importId}/mapping")
    public String changeMapping(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID importId,
            @RequestParam(required = false) Long planId, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> keys = MappingChoices.keys(form);
        try {
            imports.changeMapping(user.organisationId(), user.accountId(), importId, keys, planId);
            return "redirect:" + ImportPage.address(importId, "", planId);
        } catch (InvalidInputException invalid) {
            PendingPreview pending = imports.preview(user.organisationId(), user.accountId(), importId, planId);
            return mappingForm(user, pending, planId, keys, invalid.problems(), model);
        }
    }

    @GetMapping("/imports/{importId}")
    public String preview(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID importId,
            @RequestParam(required = false) Long planId, Model model) {
        return previewPage(user, importId, planId, new CommitForm(), List.of(), model);
    }

    @PostMapping("/imports/{importId}/commit")
    public String commit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID importId,
            @RequestParam(required = false) Long planId, CommitForm form, Model model, RedirectAttributes redirect) {
        try {
            long committed = imports.commit(user.organisationId(), user.accountId(), importId, planId, form.choices());
            redirect.addFlashAttribute("banner", planId == null ? "Plan imported from the file"
                    : "The file's ratings and updates are imported as a closed period");
            return "redirect:/plans/" + committed;
        } catch (InvalidInputException invalid) {
            return previewPage(user, importId, planId, form, invalid.problems(), model);
        }
    }

    private String uploadForm(SignedInUser user, Long planId, List<FieldProblem> errors, Model model) {
        model.addAttribute("plans", plans.plans(user.organisationId()));
        model.addAttribute("planId", planId);
        model.addAttribute("errors", PageError.of(errors));
        return "imports/upload";
    }

    private String mappingForm(SignedInUser user, PendingPreview pending, Long planId, Map<String, String> keys,
            List<FieldProblem> errors, Model model) {
        model.addAttribute("pending", pending);
        model.addAttribute("planId", planId);
        model.addAttribute("rows", MappingChoices.rows(imports.columns(user.organisationId(), user.accountId(),
                pending.importId()), keys));
        model.addAttribute("fields", MappingChoices.FIELDS);
        model.addAttribute("errors", PageError.of(errors));
        return "imports/mapping";
    }

    private String previewPage(SignedInUser user, UUID importId, Long planId, CommitForm form,
            List<FieldProblem> problems, Model model) {
        PendingPreview pending = imports.preview(user.organisationId(), user.accountId(), importId, planId);
        model.addAttribute("page", ImportPage.of(pending, planId == null ? null
                : plans.plan(user.organisationId(), planId), planId == null ? null
                : imports.matching(user.organisationId(), planId, pending.preview())));
        model.addAttribute("planId", planId);
        model.addAttribute("form", form);
        model.addAttribute("errors", PageError.of(problems));
        return "imports/preview";
    }
}
