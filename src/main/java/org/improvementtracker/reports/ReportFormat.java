package org.improvementtracker.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.improvementtracker.support.InvalidInputException;

/** The file formats a report is written in, as named by the API's {@code format} parameter. */
public enum ReportFormat {

    HTML("html", "text/html;charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Blank means HTML, the format every browser shows; anything unknown is a problem naming {@code format}. */
    public static ReportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return HTML;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "The format must be one of "
                        + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "))));
    }
}
