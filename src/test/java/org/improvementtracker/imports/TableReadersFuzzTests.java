package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes are uploaded, under whatever name, the readers either return tables (which the header finder
 * can take) or refuse with an {@link UnreadableFile} carrying a problem; nothing else escapes. A plain
 * {@code mvn test} runs this in Jazzer's regression mode over the seeds in
 * {@code src/test/resources/org/improvementtracker/imports/TableReadersFuzzTestsInputs/}
 * {@code readersRefuseOnlyWithTheirProblem}
 * (a table, a sheet, a CSV, password-protected, old, truncated, UTF-16 and unclosed-quote files); set
 * {@code JAZZER_FUZZ=1} to fuzz for new inputs, which Jazzer adds there when they fail.
 */
class TableReadersFuzzTests {

    private static final List<TableReader> READERS = List.of(new WordTables(ImportLimits.DEFAULT),
            new WorkbookTables(ImportLimits.DEFAULT), new CsvTables(ImportLimits.DEFAULT));

    private final HeaderFinder finder = new HeaderFinder();

    @FuzzTest(maxDuration = "60s")
    void readersRefuseOnlyWithTheirProblem(byte[] file) {
        for (TableReader reader : READERS) {
            try {
                reader.read("upload", file).forEach(finder::propose);
            } catch (UnreadableFile refused) {
                assertThat(refused.problem().severity()).isEqualTo(ImportProblem.Severity.ERROR);
                assertThat(refused.problem().message()).isNotBlank();
            }
        }
    }
}
