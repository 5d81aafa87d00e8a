package org.improvementtracker.reports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.improvementtracker.support.InvalidInputException;
import org.springframework.stereotype.Component;

/** The writer for each format the application can produce. */
@Component
public class ReportWriters {

    private final Map<ReportFormat, ReportWriter> writers = new EnumMap<>(ReportFormat.class);

    ReportWriters(List<ReportWriter> writers) {
        writers.forEach(writer -> this.writers.put(writer.format(), writer));
    }

    /** The formats that can be written, in the order of {@link ReportFormat}. */
    public List<ReportFormat> formats() {
        return List.copyOf(writers.keySet());
    }

    public ReportWriter writer(ReportFormat format) {
        ReportWriter writer = writers.get(format);
        if (writer == null) {
            throw new InvalidInputException("format", format.extension() + " is not available; the formats are "
                    + formats().stream().map(ReportFormat::extension).collect(Collectors.joining(", ")));
        }
        return writer;
    }
}
