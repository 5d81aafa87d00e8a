package org.improvementtracker.reports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A document the board or a committee reads about one plan and period. Each {@link ReportWriter} writes
 * every kind of report in its own format, from these models alone.
 */
public sealed interface Report permits BoardPack, ExceptionReport, CommitteeSummary {

    BoardPack.Cover cover();

    /** "Board pack", "Exceptions report" or "Committee summary": the document's heading. */
    String title();

    /** A download's name, e.g. {@code board-pack-may-2026.pdf}: ASCII only, so every browser keeps it. */
    default String fileName(ReportFormat format) {
        String label = Normalizer.normalize(title() + " " + cover().periodLabel(), Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return label + "." + format.extension();
    }
}
