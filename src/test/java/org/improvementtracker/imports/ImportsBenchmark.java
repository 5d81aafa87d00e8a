package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementtracker.BenchmarkFigures.loadAverage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.improvementtracker.BenchmarkFigures;
import org.improvementtracker.imports.PriorityWorkbooks.Shape;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the preview of a 5,000-action workbook takes (10 priorities of 500 actions, in the
 * sheet-per-priority shape of {@link PriorityWorkbooks}, its faults included), and the heap it needs: the whole
 * {@link ImportPreviewer#preview}, and reading every table ({@link WorkbookTables}) and finding every table's
 * header ({@link HeaderFinder}) timed alone, beside the whole workbook read as POI's object model (as {@code WorkbookTables} read it before it
 * streamed). Medians after a warm-up, in wall-clock and in processor time (which a busy machine does not
 * inflate). Not part of the build: run with a bounded heap,
 * {@code ./mvnw -o -Pbenchmark verify -Dtest=ImportsBenchmark -DargLine="-Xmx512m -Xlog:gc:file=target/gc.log"},
 * and copy the figures into docs/benchmarks.md.
 */
@Tag("benchmark")
class ImportsBenchmark {

    private static final Shape LARGE = new Shape(10, 500, true, true);
    private static final String FILE_NAME = "priorities.xlsx";
    private static final int WARM_UP = 3;
    private static final int TIMED = 6;
    /** Issue 6: the owner sees the preview of a large plan within five seconds. */
    private static final double TARGET_MS = 5_000;

    private final WorkbookTables reader = new WorkbookTables(ImportLimits.DEFAULT);
    private final HeaderFinder finder = new HeaderFinder();
    private final ImportPreviewer previewer = new ImportPreviewer(ImportLimits.DEFAULT);

    /**
     * @param peakHeapMb the heap pools' peaks summed while one run was in progress: the most the step could
     *        have needed, uncollected garbage included
     * @param keptMb the heap still used by what the step returns, after a full collection
     */
    record Measurement(String step, double medianMs, double cpuMs, long allocatedMb, long peakHeapMb, long keptMb) {
    }

    @Test
    void previewOfAFiveThousandActionWorkbook() {
        long started = System.nanoTime();
        byte[] file = PriorityWorkbooks.generate(LARGE);
        System.out.printf("%nImports benchmark: %d cores, Java %s, max heap %d MB%nLoad average before: %s%n"
                + "Generated %,d actions (%d priorities × %d) as a %,d KB workbook in %d ms%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage(), LARGE.actions(), LARGE.priorities(),
                LARGE.actionsPerPriority(), file.length / 1024, (System.nanoTime() - started) / 1_000_000);
        List<SourceTable> tables = reader.read(FILE_NAME, file);

        List<Measurement> measurements = new ArrayList<>();
        measurements.add(measure("preview: read, find every header, apply the rules", file, this::preview));
        measurements.add(measure("read every table (streamed)", file, bytes -> reader.read(FILE_NAME, bytes)));
        measurements.add(measure("find every table's header", tables,
                read -> read.stream().map(finder::propose).toList()));
        measurements.add(measure("read every table as POI's object model (before)", file,
                ImportsBenchmark::readAsObjectModel));

        System.out.printf("%n| step | median ms | median CPU ms | allocated MB | peak heap MB | kept MB |"
                + "%n|---|---:|---:|---:|---:|---:|%n");
        measurements.forEach(m -> System.out.printf("| %s | %.0f | %.0f | %,d | %,d | %,d |%n", m.step(),
                m.medianMs(), m.cpuMs(), m.allocatedMb(), m.peakHeapMb(), m.keptMb()));
        System.out.printf("%n%d tables, %,d rows%nLoad average after: %s%n", tables.size(),
                tables.stream().mapToInt(table -> table.rows().size()).sum(), loadAverage());

        ImportPreview preview = preview(file);
        assertThat(preview.blocked()).as("%s", preview.problems()).isFalse();
        assertThat(preview.plan().sections()).hasSize(LARGE.priorities());
        assertThat(preview.plan().actions()).hasSize(LARGE.actions());
        assertThat(measurements.get(0).medianMs()).as("preview of %,d actions", LARGE.actions())
                .isLessThan(TARGET_MS);
    }

    /** The step the owner waits for after uploading: the whole preview, as the upload page and API make it. */
    private ImportPreview preview(byte[] file) {
        return previewer.preview(FILE_NAME, file, null, null);
    }

    private static <T> Measurement measure(String step, T input, Function<T, ?> work) {
        var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            work.apply(input);
        }
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heapUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocatedBefore = thread.getCurrentThreadAllocatedBytes();
        Object result = work.apply(input);
        long allocated = thread.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long kept = heapUsed() - before;
        assertThat(result).isNotNull();

        long[] nanos = new long[TIMED];
        long[] cpu = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long cpuStarted = thread.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            work.apply(input);
            nanos[i] = System.nanoTime() - started;
            cpu[i] = thread.getCurrentThreadCpuTime() - cpuStarted;
        }
        return new Measurement(step, BenchmarkFigures.medianMs(nanos), BenchmarkFigures.medianMs(cpu),
                allocated / (1024 * 1024), peak / (1024 * 1024), Math.max(0, kept) / (1024 * 1024));
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The tables as {@code WorkbookTables} read them before it streamed: the whole workbook as objects. */
    private static List<SourceTable> readAsObjectModel(byte[] file) {
        return OfficeFiles.read(FILE_NAME, file, OfficeFiles.Kind.EXCEL, pack -> objectModelTables(pack));
    }

    private static List<SourceTable> objectModelTables(OPCPackage pack) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(pack)) {
            DataFormatter formatter = new DataFormatter(Locale.UK);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<SourceTable> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<CellRangeAddress> merged = sheet.getMergedRegions();
                List<SourceRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        while (cells.size() < cell.getColumnIndex()) {
                            cells.add("");
                        }
                        boolean covered = merged.stream().anyMatch(range -> range.isInRange(cell)
                                && (cell.getRowIndex() != range.getFirstRow()
                                        || cell.getColumnIndex() != range.getFirstColumn()));
                        cells.add(covered ? "" : Cells.clean(formatter.formatCellValue(cell)));
                    }
                    rows.add(new SourceRow(row.getRowNum() + 1, Cells.trimmed(cells)));
                }
                tables.addAll(SourceTable.splitAtBlankRows(FILE_NAME, sheet.getSheetName(), rows));
            }
            return tables;
        }
    }
}
