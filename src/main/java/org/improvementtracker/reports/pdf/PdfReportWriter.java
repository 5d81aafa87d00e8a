package org.improvementtracker.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.ExceptionReport;
import org.improvementtracker.reports.Report;
import org.improvementtracker.reports.ReportFormat;
import org.improvementtracker.reports.ReportWriter;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a report as PDF from its own print templates (templates/reports/pdf/): A4, a running header
 * with the plan, period and "Page X of Y", bookmarks, and the board pack's contents with page numbers.
 */
@Component
class PdfReportWriter implements ReportWriter {

    private final ITemplateEngine templates;
    private final PdfRenderer renderer;

    PdfReportWriter(ITemplateEngine templates, PdfRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        String xhtml = templates.process(template(report), new Context(Locale.UK, Map.of("report", report)));
        renderer.render(xhtml, out);
    }

    private static String template(Report report) {
        if (report instanceof BoardPack) {
            return "reports/pdf/board-pack";
        }
        return report instanceof ExceptionReport ? "reports/pdf/exceptions" : "reports/pdf/summary";
    }
}
