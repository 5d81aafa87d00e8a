package org.improvementtracker.reports.publishing;

import java.time.Instant;
import java.util.List;

/**
 * A board pack as it was published: its files, and the plan title and period label as they were then.
 *
 * @param version 1 for the period's first publication, 2 for the next, and so on
 */
public record PublishedPack(long id, long planId, long periodId, String planTitle, String periodLabel,
        PublishedOptions options, String publishedBy, Instant publishedAt, int version, List<PublishedFile> files) {
}
