package org.improvementtracker.imports;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing a plan in, step by step across requests and instances: an upload is stored with its mapping, every
 * preview is worked out again from the stored file (the previewer is deterministic), and committing previews
 * once more and writes the result, all or nothing, then forgets the file.
 */
@Service
@Transactional
public class Imports {

    private final Clock clock;
    private final PendingImports pending;
    private final ImportPreviewer previewer;
    private final ImportCommit commit;
    private final PlanReader plans;
    private final FileColumns columns;

    Imports(Clock clock, PendingImports pending, ImportPreviewer previewer, ImportCommit commit, PlanReader plans,
            FileColumns columns) {
        this.columns = columns;
        this.clock = clock;
        this.pending = pending;
        this.previewer = previewer;
        this.commit = commit;
        this.plans = plans;
    }

    /**
     * Stores the file and previews it under the mapping (null: the one its headers propose), on the scale of the
     * plan it goes into (null: a new plan, the scale its ratings suggest). A file that cannot be read at all is
     * refused naming {@code file}, and not stored.
     */
    public PendingPreview upload(long organisationId, long accountId, String fileName, byte[] file,
            ColumnMapping mapping, Long planId) {
        String name = fileName(fileName);
        ImportPreview preview = preview(organisationId, name, file, mapping, planId);
        requireReadable(preview);
        pending.deleteExpired(clock.instant());
        UUID id = pending.insert(organisationId, accountId, name, file, mapping, clock.instant());
        return new PendingPreview(id, preview);
    }

    @Transactional(readOnly = true)
    public PendingPreview preview(long organisationId, long accountId, UUID importId, Long planId) {
        PendingImport upload = find(organisationId, accountId, importId);
        return new PendingPreview(importId, preview(organisationId, upload.fileName(), upload.content(),
                upload.mapping(), planId));
    }

    /** The mapping as forms and the API send it, column letter → field key; see {@link ColumnMapping#parse}. */
    public PendingPreview changeMapping(long organisationId, long accountId, UUID importId, Map<String, String> keys,
            Long planId) {
        PendingImport upload = find(organisationId, accountId, importId);
        ColumnMapping mapping = ColumnMapping.parse(keys);
        ImportPreview preview = preview(organisationId, upload.fileName(), upload.content(), mapping, planId);
        pending.changeMapping(organisationId, accountId, importId, mapping);
        return new PendingPreview(importId, preview);
    }

    /** The columns of the stored file's first action table, for the mapping form. */
    @Transactional(readOnly = true)
    public List<FileColumns.Column> columns(long organisationId, long accountId, UUID importId) {
        PendingImport upload = find(organisationId, accountId, importId);
        return columns.of(upload.fileName(), upload.content());
    }

    /** How the file's actions match an existing plan's, for the preview of an import into it. */
    @Transactional(readOnly = true)
    public ActionMatching matching(long organisationId, long planId, ImportPreview preview) {
        return commit.matching(organisationId, planId, preview);
    }

    /** Previews the stored file again and writes it: into a new plan, or into the plan given. */
    public long commit(long organisationId, long accountId, UUID importId, Long planId, CommitChoices choices) {
        PendingImport upload = find(organisationId, accountId, importId);
        ImportPreview preview = preview(organisationId, upload.fileName(), upload.content(), upload.mapping(), planId);
        long committed = planId == null ? commit.intoNewPlan(organisationId, accountId, preview, choices)
                : commit.intoExistingPlan(organisationId, accountId, planId, preview, choices);
        pending.delete(organisationId, importId);
        return committed;
    }

    private ImportPreview preview(long organisationId, String fileName, byte[] file, ColumnMapping mapping,
            Long planId) {
        RatingScale scale = planId == null ? null : plans.plan(organisationId, planId).ratingScale();
        return previewer.preview(fileName, file, mapping, scale);
    }

    /**
     * A file that gives no plan at all (not a plan's file, or not readable) is refused as a whole, naming
     * {@code file}, rather than kept for a preview with nothing in it.
     */
    private static void requireReadable(ImportPreview preview) {
        ImportedPlan plan = preview.plan();
        if (plan.sections().isEmpty() && plan.indicators().isEmpty() && preview.blocked()) {
            throw new InvalidInputException(preview.problems().stream()
                    .filter(problem -> problem.severity() == ImportProblem.Severity.ERROR)
                    .map(problem -> new FieldProblem("file", problem.sentence())).toList());
        }
    }

    private PendingImport find(long organisationId, long accountId, UUID importId) {
        return pending.find(organisationId, accountId, importId, clock.instant())
                .orElseThrow(() -> new NotFoundException("Import", importId.toString()));
    }

    /** The name without any folder a browser sent with it, short enough to keep. */
    private static String fileName(String given) {
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            return "plan";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
