package org.improvementtracker.reports.word;

import java.io.IOException;
import java.io.OutputStream;

import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.CommitteeSummary;
import org.improvementtracker.reports.ExceptionReport;
import org.improvementtracker.reports.Report;
import org.improvementtracker.reports.ReportFormat;
import org.improvementtracker.reports.ReportWriter;
import org.springframework.stereotype.Component;

/**
 * Writes reports as Word documents (.docx) the committee clerk can edit: real heading styles and
 * tables, rating cells shaded and saying the rating in words.
 */
@Component
class WordReportWriter implements ReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.DOCX;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (WordDocument document = new WordDocument(report.title() + ": " + report.cover().periodLabel())) {
            if (report instanceof BoardPack pack) {
                new BoardPackWord(document, pack).write();
            } else if (report instanceof ExceptionReport exceptions) {
                WordParts.cover(document, exceptions, exceptions.period());
                WordParts.ratingKey(document, exceptions.plan(), exceptions.ratingKey());
                WordParts.exceptions(document, exceptions.plan(), exceptions.exceptions());
            } else if (report instanceof CommitteeSummary summary) {
                new SummaryWord(document, summary).write();
            }
            document.write(out);
        }
    }
}
