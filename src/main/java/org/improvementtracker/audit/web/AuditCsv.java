package org.improvementtracker.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.improvementtracker.audit.AuditEntry;
import org.improvementtracker.support.SpreadsheetText;

/**
 * The audit trail as CSV, one entry a row, before and after as JSON. Every text cell is neutralised, since
 * anything a user typed (a plan title, a username tried at sign-in) could be a formula to Excel.
 */
final class AuditCsv implements AutoCloseable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CSVPrinter printer;
    private final ZoneId zone;

    AuditCsv(Writer out, ZoneId zone) throws IOException {
        this.zone = zone;
        this.printer = CSVFormat.EXCEL.builder().setHeader("When", "Who", "Account id", "From", "Action",
                "What", "Id", "Label", "Plan id", "Action id", "Before", "After").get().print(out);
    }

    void write(AuditEntry entry) {
        try {
            printer.printRecord(WHEN.format(entry.at().atZone(zone)), text(entry.who()), entry.actorAccountId(),
                    text(entry.clientAddress()), entry.action().label(), text(entry.subjectType()), entry.subjectId(),
                    text(entry.subjectLabel()), entry.planId(), entry.actionId(), text(entry.beforeJson()),
                    text(entry.afterJson()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String text(String value) {
        return SpreadsheetText.neutralised(value);
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
