package org.improvementtracker.indicators.web;

import static org.improvementtracker.support.SpreadsheetText.neutralised;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.ValueCsv;
import org.improvementtracker.indicators.ValueUpload;
import org.improvementtracker.indicators.ValueUpload.Preview;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.InvalidRowsException;
import org.improvementtracker.support.RowProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading a plan's values as a CSV: choose the file, see what it would save and its problems by row
 * and column, then save it all. The preview page carries the file and the versions it showed, so a month
 * someone saved in between is a conflict rather than overwritten. Plan editors only.
 */
@Controller
@PlanEditorsOnly
class ValueUploadPagesController {

    private static final String UPLOAD = "indicators/upload";
    private static final String PREVIEW = "indicators/upload-preview";
    /** In the versions field, a month that had no value when previewed. */
    private static final String NEW = "new";

    private final Clock clock;
    private final PlanReader plans;
    private final IndicatorReader reader;
    private final ValueUpload upload;

    ValueUploadPagesController(Clock clock, PlanReader plans, IndicatorReader reader, ValueUpload upload) {
        this.clock = clock;
        this.plans = plans;
        this.reader = reader;
        this.upload = upload;
    }

    @ModelAttribute("plan")
    public Plan plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        return plans.plan(user.organisationId(), planId);
    }

    @GetMapping("/plans/{planId}/indicators/upload")
    public String form(Model model) {
        model.addAttribute("example", example());
        return UPLOAD;
    }

    /** No file chosen: back to the form, saying so (the form is a GET, so a refresh does not post again). */
    @PostMapping("/plans/{planId}/indicators/upload")
    public String preview(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("fileProblem", "Select a CSV file of values");
            return backToForm(planId);
        }
        if (file.getSize() > ValueCsv.MAX_BYTES) {
            redirect.addFlashAttribute("fileProblem", ValueCsv.TOO_LARGE);
            return backToForm(planId);
        }
        byte[] content = file.getBytes();
        return previewPage(upload.preview(user.organisationId(), planId, content), content, file.getOriginalFilename(),
                model);
    }

    @PostMapping("/plans/{planId}/indicators/upload/save")
    public String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String content, @RequestParam(required = false) String versions,
            @RequestParam(required = false) String fileName, Model model, RedirectAttributes redirect) {
        byte[] file = decoded(content);
        List<Integer> versionsRead = versions(versions);
        if (file == null || versionsRead == null) {
            redirect.addFlashAttribute("fileProblem", "Upload the file again: the preview was incomplete");
            return backToForm(planId);
        }
        try {
            Preview saved = upload.save(user.organisationId(), user.accountId(), planId, file, versionsRead);
            redirect.addFlashAttribute("banner", "Saved " + saved.saved() + (saved.saved() == 1 ? " value" : " values"));
            return backToForm(planId);
        } catch (InvalidRowsException invalid) {
            Preview preview = upload.preview(user.organisationId(), planId, file);
            List<RowProblem> problems = preview.valid() ? invalid.problems() : preview.problems();
            return previewPage(new Preview(preview.rows(), problems, 0), file, fileName, model);
        }
    }

    /**
     * The plan's live indicators with last month's figures where entered: a file to fill in and upload.
     * A quarterly indicator is left out between quarter ends, where its row could only be refused. Text
     * that a spreadsheet would run as a formula is neutralised, and the upload reads it back as typed.
     */
    @GetMapping("/plans/{planId}/indicators/upload/template.csv")
    public ResponseEntity<byte[]> template(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        YearMonth lastMonth = MonthChoice.lastMonth(clock);
        StringWriter csv = new StringWriter();
        // The byte order mark tells Excel the file is UTF-8, so "£" and "’" in names survive.
        csv.write('\ufeff');
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord("indicator code", "indicator name", "month", "value", "numerator", "denominator",
                    "note");
            for (IndicatorStanding standing : reader.standings(user.organisationId(), planId, null, lastMonth, 1)) {
                if (!standing.indicator().frequency().expects(lastMonth)) {
                    continue;
                }
                IndicatorValue value = standing.recent().isEmpty() ? null : standing.recent().get(0).value();
                Figures figures = value == null ? new Figures(null, null, null, null) : value.figures();
                boolean ratio = figures.numerator() != null && figures.denominator() != null;
                printer.printRecord(neutralised(standing.indicator().code()),
                        neutralised(standing.indicator().name()), lastMonth, ratio ? "" : plain(figures.value()),
                        plain(figures.numerator()), plain(figures.denominator()),
                        figures.note() == null ? "" : neutralised(figures.note()));
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicator-values-" + lastMonth + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Back to the upload form by a redirect, so that refreshing the page does not post again. */
    private static String backToForm(long planId) {
        return "redirect:/plans/" + planId + "/indicators/upload";
    }

    private String previewPage(Preview preview, byte[] content, String fileName, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", fileName);
        model.addAttribute("uploadContent", Base64.getEncoder().encodeToString(content));
        model.addAttribute("versions", preview.rows().stream()
                .map(row -> row.version() == null ? NEW : row.version().toString()).collect(Collectors.joining(",")));
        model.addAttribute("example", example());
        return PREVIEW;
    }

    private static String example() {
        return "indicator code,month,value,numerator,denominator,note\nFD1,2026-05,82.5,,,\nFD2,2026-05,,45,60,"
                + "Two assessments late: staff sickness";
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static byte[] decoded(String content) {
        if (content == null || content.isBlank()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(content.strip());
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** "3,new,0" back to the versions read; null where the field is missing or not of that form. */
    private static List<Integer> versions(String versions) {
        if (versions == null) {
            return null;
        }
        List<Integer> read = new ArrayList<>();
        if (versions.isBlank()) {
            return read;
        }
        try {
            for (String version : versions.split(",")) {
                read.add(version.strip().equals(NEW) ? null : Integer.valueOf(version.strip()));
            }
        } catch (NumberFormatException notVersions) {
            return null;
        }
        return read;
    }
}
