package org.improvementtracker.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.improvementtracker.reports.Report;
import org.improvementtracker.reports.ReportFormat;
import org.improvementtracker.reports.ReportWriters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a report in the chosen format. The whole document is written before the first byte is sent,
 * so a writer that fails answers a clean error instead of half a file.
 */
@Component
class ReportDownloads {

    private final ReportWriters writers;

    ReportDownloads(ReportWriters writers) {
        this.writers = writers;
    }

    /** HTML is shown in the browser; the other formats are saved as files. */
    void send(Report report, ReportFormat format, HttpServletResponse response) throws IOException {
        var document = new ByteArrayOutputStream();
        writers.writer(format).write(report, document);
        response.setContentType(format.mediaType());
        var disposition = format == ReportFormat.HTML ? ContentDisposition.inline() : ContentDisposition.attachment();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                disposition.filename(report.fileName(format)).build().toString());
        response.setContentLength(document.size());
        document.writeTo(response.getOutputStream());
    }
}
