package org.improvementtracker.reports;

import java.io.IOException;
import java.io.OutputStream;

/** Writes every kind of {@link Report} in one format. Each format is a bean; {@link ReportWriters} finds it. */
public interface ReportWriter {

    ReportFormat format();

    /** Writes the whole document to {@code out}, which the caller closes. */
    void write(Report report, OutputStream out) throws IOException;
}
