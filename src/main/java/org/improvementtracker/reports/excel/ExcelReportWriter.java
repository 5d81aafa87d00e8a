package org.improvementtracker.reports.excel;

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
 * Writes reports as Excel workbooks (.xlsx): numbers as numbers, ratings as their values filled in
 * their colour and shown with their words, frozen headers and filters on every table.
 */
@Component
class ExcelReportWriter implements ReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (ExcelBook book = new ExcelBook(report)) {
            if (report instanceof BoardPack pack) {
                new BoardPackExcel(book, pack).write();
            } else if (report instanceof ExceptionReport exceptions) {
                ExcelSheet sheet = book.sheet(ExcelBook.EXCEPTIONS);
                ExcelParts.cover(sheet, exceptions, exceptions.period());
                ExcelParts.exceptions(sheet, exceptions.plan(), exceptions.exceptions());
                ExcelParts.ratingKey(book, exceptions.plan(), exceptions.ratingKey());
            } else if (report instanceof CommitteeSummary summary) {
                new SummaryExcel(book, summary).write();
            }
            book.write(out);
        }
    }
}
