package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Opens the files we write with the programs people read them with: LibreOffice (headless) for Word and
 * Excel files, poppler's pdftotext, pdfinfo and pdftoppm for PDFs. Each call works in a fresh temporary
 * directory, LibreOffice with its own profile there, so parallel runs do not clash. Page images are kept
 * under {@code target/artefacts/} for a person to look at.
 */
public final class RealReaders {

    private static final Path ARTEFACTS = Paths.get("target", "artefacts");
    private static final long TIMEOUT_SECONDS = 120;

    private RealReaders() {
    }

    /** The PDF's text with its layout kept, as pdftotext gives it. */
    public static String pdfText(byte[] pdf) throws IOException {
        return inTemporaryDirectory(dir -> {
            Path file = write(dir, "document.pdf", pdf);
            run(dir, "pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "document.txt");
            return Files.readString(dir.resolve("document.txt"), StandardCharsets.UTF_8);
        });
    }

    /** pdfinfo's report: "Tagged: yes", "Pages: 7", "Page size: 841.89 x 595.28 pts (A4)"… */
    public static String pdfInfo(byte[] pdf) throws IOException {
        return inTemporaryDirectory(dir -> run(dir, "pdfinfo", write(dir, "document.pdf", pdf).toString()));
    }

    /** pdffonts' row for each font the PDF uses, e.g. "ABCDEF+DejaVuSans CID TrueType Identity-H yes yes yes 12 0". */
    public static List<String> pdfFonts(byte[] pdf) throws IOException {
        String table = inTemporaryDirectory(dir -> run(dir, "pdffonts", write(dir, "document.pdf", pdf).toString()));
        return table.lines().skip(2).filter(line -> !line.isBlank()).toList();
    }

    /**
     * Renders the PDF's pages as PNG images into {@code target/artefacts/<name>-N.png} and returns them.
     * pdftoppm failing on our file fails the test.
     */
    public static List<Path> pdfPages(byte[] pdf, String name) throws IOException {
        Files.createDirectories(ARTEFACTS);
        inTemporaryDirectory(dir -> run(dir, "pdftoppm", "-png", "-r", "60", write(dir, "document.pdf", pdf).toString(),
                ARTEFACTS.toAbsolutePath().resolve(name).toString()));
        try (Stream<Path> files = Files.list(ARTEFACTS)) {
            return files.filter(file -> file.getFileName().toString().matches(name + "-\\d+\\.png")).sorted().toList();
        }
    }

    /**
     * Converts a file with LibreOffice, e.g. a .docx to "pdf" or an .xlsx to "csv", and returns the
     * result. LibreOffice failing to open the file, or writing nothing, fails the test.
     */
    public static byte[] libreOffice(byte[] file, String extension, String convertTo) throws IOException {
        return inTemporaryDirectory(dir -> {
            Path input = write(dir, "document." + extension, file);
            run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", convertTo, "--outdir", dir.resolve("out").toString(), input.toString());
            String outputExtension = convertTo.contains(":") ? convertTo.substring(0, convertTo.indexOf(':'))
                    : convertTo;
            Path output = dir.resolve("out").resolve("document." + outputExtension);
            assertThat(output).as("LibreOffice converted the ." + extension + " to " + convertTo).exists();
            return Files.readAllBytes(output);
        });
    }

    /** The text LibreOffice reads from a .docx (through PDF, then pdftotext). */
    public static String wordText(byte[] docx) throws IOException {
        return pdfText(libreOffice(docx, "docx", "pdf"));
    }

    /**
     * Every sheet of a workbook as CSV, as LibreOffice reads it, by sheet name. Formulas would show their
     * results here, so text that looks like a formula must come out as typed.
     */
    public static Map<String, String> workbookSheets(byte[] xlsx) throws IOException {
        return inTemporaryDirectory(dir -> {
            Path input = write(dir, "workbook.xlsx", xlsx);
            // Filter options: comma, double quote, UTF-8, first line 1, no column formats,... sheet -1 = every sheet.
            run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", dir.resolve("out").toString(), input.toString());
            Map<String, String> sheets = new TreeMap<>();
            try (Stream<Path> files = Files.list(dir.resolve("out"))) {
                for (Path sheet : files.toList()) {
                    String name = sheet.getFileName().toString().replaceFirst("^workbook-", "").replaceFirst("\\.csv$", "");
                    sheets.put(name, Files.readString(sheet, StandardCharsets.UTF_8));
                }
            }
            assertThat(sheets).as("LibreOffice read the workbook's sheets").isNotEmpty();
            return sheets;
        });
    }

    private static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static String run(Path dir, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish in " + TIMEOUT_SECONDS + " s: " + output);
            }
            assertThat(process.exitValue()).as(command[0] + " said: " + output).isZero();
            return output;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while " + command[0] + " ran", interrupted);
        }
    }

    private interface InDirectory<T> {
        T apply(Path dir) throws IOException;
    }

    private static <T> T inTemporaryDirectory(InDirectory<T> work) throws IOException {
        Path dir = Files.createTempDirectory("real-reader");
        try {
            return work.apply(dir);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }
}
