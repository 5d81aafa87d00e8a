package org.improvementtracker.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.ExceptionReport;
import org.improvementtracker.reports.Report;
import org.improvementtracker.reports.ReportFormat;
import org.improvementtracker.reports.ReportWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.webjars.WebJarVersionLocator;

/**
 * Writes a report as one self-contained HTML document: its styles are inside it, so a saved copy looks
 * the same wherever it is opened, and nothing in it depends on the request that made it.
 */
@Component
class HtmlReportWriter implements ReportWriter {

    private static final List<String> STYLESHEETS = List.of(
            new WebJarVersionLocator().fullPath("govuk-frontend", "dist/govuk/govuk-frontend.min.css"),
            "static/css/app.css");

    private final ITemplateEngine templates;
    private final String styles;

    HtmlReportWriter(ITemplateEngine templates) {
        this.templates = templates;
        this.styles = readStyles();
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        templates.process(template(report), new Context(Locale.UK, Map.of("report", report, "styles", styles)),
                writer);
        writer.flush();
    }

    private static String template(Report report) {
        if (report instanceof BoardPack) {
            return "reports/board-pack-document";
        }
        return report instanceof ExceptionReport ? "reports/exceptions-document" : "reports/summary-document";
    }

    private static String readStyles() {
        StringBuilder css = new StringBuilder();
        for (String path : STYLESHEETS) {
            try (InputStream in = new ClassPathResource(path).getInputStream()) {
                css.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException missing) {
                throw new UncheckedIOException("The report stylesheet " + path + " is missing", missing);
            }
        }
        return css.toString();
    }
}
