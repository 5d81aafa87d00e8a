package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementtracker.BenchmarkFigures.loadAverage;
import static org.improvementtracker.BenchmarkFigures.medianMs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The preview of a large workbook: 5,000 action rows over ten priority sheets, each with an indicator table of
 * 20 indicators above its actions, numbered actions sharing a cell, ratings over four periods (a few of them
 * junk) and an update. Prints the median time of a preview, the peak heap and the file's size; the target is
 * well under 5 s.
 */
@Tag("benchmark")
class ImportPreviewBenchmark {

    private static final int SHEETS = 10;
    private static final int ROWS_PER_SHEET = 500;
    private static final int INDICATORS_PER_SHEET = 20;
    private static final int WARM_UP = 2;
    private static final int TIMED = 6;

    private final ImportPreviewer previewer = new ImportPreviewer(ImportLimits.DEFAULT);

    @Test
    void previewOfFiveThousandRows() {
        byte[] file = workbook();
        System.out.printf("%nImport preview benchmark: %d cores, Java %s, max heap %d MB%nLoad average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage());
        for (int i = 0; i < WARM_UP; i++) {
            previewer.preview("plan.xlsx", file, null, null);
        }
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long[] nanos = new long[TIMED];
        ImportPreview preview = null;
        for (int i = 0; i < TIMED; i++) {
            long started = System.nanoTime();
            preview = previewer.preview("plan.xlsx", file, null, null);
            nanos[i] = System.nanoTime() - started;
        }
        long peakHeap = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        assertThat(preview.blocked()).isFalse();
        assertThat(preview.plan().indicators()).hasSize(SHEETS * INDICATORS_PER_SHEET);
        System.out.printf("%n| rows | actions | indicators | problems | file KB | median ms | peak heap MB |%n"
                + "|---:|---:|---:|---:|---:|---:|---:|%n| %,d | %,d | %,d | %,d | %,d | %.0f | %,d |%n",
                SHEETS * ROWS_PER_SHEET, preview.plan().actions().size(), preview.plan().indicators().size(),
                preview.problems().size(), file.length / 1024, medianMs(nanos), peakHeap / (1024 * 1024));
        System.out.printf("(peak heap: the sum of the heap pools' peaks over the timed previews; %d MB in use before)%n",
                heapBefore / (1024 * 1024));
        System.out.printf("Load average after: %s%n", loadAverage());
    }

    private static byte[] workbook() {
        return OfficeFixtures.xlsx(workbook -> {
            for (int s = 1; s <= SHEETS; s++) {
                Sheet sheet = workbook.createSheet("Priority " + s);
                int at = 0;
                cells(sheet.createRow(at++), "Priority", "Indicator", "Polarity", "2016/17", "SN Average", "Jul", "Aug",
                        "Sep", "Oct", "Nov", "Dec", "Notes", "YTD", "DOT");
                for (int i = 1; i <= INDICATORS_PER_SHEET; i++) {
                    cells(sheet.createRow(at++), "Priority " + s, "Indicator " + s + "." + i,
                            i % 2 == 0 ? "High is good" : "Low is good", "50", "48", "51", "52", i % 7 == 0 ? "n/k" : "53",
                            "54", "55", "56", "", "53", "↑");
                }
                at++;
                cells(sheet.createRow(at++), "Previous period 2.5 / Current period 3.1");
                at++;
                cells(sheet.createRow(at++), "Priority", "Outcome", "Action", "Success measure(s)", "Lead",
                        "Responsible Officer", "Time", "RAG Initial", "RAG 01/18", "RAG 03/18", "RAG 05/18",
                        "Progress update");
                for (int r = 1; r <= ROWS_PER_SHEET; r++) {
                    cells(sheet.createRow(at++), r == 1 ? "Priority " + s : "",
                            r % 10 == 1 ? "Outcome " + s + "." + (r / 10 + 1) + " for children and families" : "",
                            r % 5 == 0 ? "i) Audit the files of group " + r + " ii) Report to the board"
                                    : "Action " + r + " of priority " + s + ", to improve practice in the teams",
                            "Fewer re-referrals\nAudits judged good", r % 5 == 0 ? "i) AD ii) SGU" : "Head of Service",
                            "Team Manager " + r % 12, r % 9 == 0 ? "TBC" : "Apr-18", "1", "2", r % 50 == 0 ? "re" : "3",
                            r % 3 == 0 ? "0" : "4", "Progress this month: on track, with the audit done on time.");
                }
            }
        });
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
