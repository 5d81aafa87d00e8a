package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes are uploaded as a Word, Excel or CSV file, the preview comes back (never an exception) with a
 * plan and problems that each say what is wrong, and a preview with an error holds no actions. A plain
 * {@code mvn test} runs this in Jazzer's regression mode over the seeds in
 * {@code src/test/resources/org/improvementtracker/imports/ImportPreviewerFuzzTestsInputs/previewOnlyReportsProblems}
 * (a priority's sheet with indicators, shifted rows and bad ratings, a Word table of recommendations with numbered
 * actions, a CSV plan, and the readers' seeds); set {@code JAZZER_FUZZ=1} to fuzz for new inputs.
 */
class ImportPreviewerFuzzTests {

    private static final List<String> NAMES = List.of("upload.docx", "upload.xlsx", "upload.csv");

    private final ImportPreviewer previewer = new ImportPreviewer(ImportLimits.DEFAULT);

    @FuzzTest(maxDuration = "60s")
    void previewOnlyReportsProblems(byte[] file) {
        for (String name : NAMES) {
            ImportPreview preview = previewer.preview(name, file, null, null);
            assertThat(preview.plan()).isNotNull();
            assertThat(preview.problems()).allSatisfy(problem -> {
                assertThat(problem.severity()).isNotNull();
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.file()).isEqualTo(name);
            });
            if (preview.blocked()) {
                assertThat(preview.plan().actions()).isEmpty();
            }
        }
    }
}
