package org.improvementtracker.indicators.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.ValueCsv;
import org.improvementtracker.indicators.ValueUpload;
import org.improvementtracker.indicators.ValueUpload.Preview;
import org.improvementtracker.indicators.ValueUpload.UploadRow;
import org.improvementtracker.support.RowProblem;
import org.improvementtracker.support.UploadedBody;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Values uploaded as a CSV body ({@code Content-Type: text/csv}): with {@code dryRun=true} the preview of
 * what would be saved and its problems; without, all of it saved or, with any problem, nothing (400 naming
 * each row and column). Codes are the organisation's; {@code plan} picks a plan where a code is in several.
 */
@RestController
class ValueUploadApiController {

    private final ValueUpload upload;

    ValueUploadApiController(ValueUpload upload) {
        this.upload = upload;
    }

    /** The body is read only up to the CSV limit: a larger one is refused (413) before it fills the memory. */
    @PlanEditorsOnly
    @PostMapping("/api/indicators/values")
    public UploadJson upload(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) Long plan)
            throws IOException {
        byte[] file = UploadedBody.readAtMost(request.getInputStream(), ValueCsv.MAX_BYTES, "body", ValueCsv.TOO_LARGE);
        Preview preview = dryRun ? upload.preview(user.organisationId(), plan, file)
                : upload.save(user.organisationId(), user.accountId(), plan, file);
        return new UploadJson(preview.rows().stream().map(RowJson::of).toList(), preview.problems(), preview.saved());
    }

    record UploadJson(List<RowJson> rows, List<RowProblem> problems, int saved) {
    }

    /** A row to save: the value as stored (computed for a rate), and what the month held (null: new). */
    record RowJson(int row, long indicatorId, String code, String name, String month, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, String note, String shown, ReplacedJson replaces) {

        static RowJson of(UploadRow row) {
            Figures figures = row.figures();
            return new RowJson(row.row(), row.indicator().id(), row.indicator().code(), row.indicator().name(),
                    row.month().toString(), figures.value(), figures.numerator(), figures.denominator(), figures.note(),
                    row.shown(), row.replaces() == null ? null : new ReplacedJson(row.replaces().value(),
                    row.replaces().numerator(), row.replaces().denominator(), row.replaces().note(), row.version()));
        }
    }

    record ReplacedJson(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String note, Integer version) {
    }
}
