package org.improvementtracker.reports.web;

import java.time.Instant;
import java.util.List;

import org.improvementtracker.reports.publishing.PublishedFile;
import org.improvementtracker.reports.publishing.PublishedOptions;
import org.improvementtracker.reports.publishing.PublishedPack;

/** A published pack in the API, each file with the link that downloads its stored bytes. */
record PublishedPackJson(long id, long planId, long periodId, String period, String planTitle, int version,
        String publishedBy, Instant publishedAt, PublishedOptions options, List<FileJson> files) {

    record FileJson(String format, String mediaType, String fileName, long size, String sha256, String href) {
    }

    static PublishedPackJson of(PublishedPack pack) {
        return new PublishedPackJson(pack.id(), pack.planId(), pack.periodId(), pack.periodLabel(), pack.planTitle(),
                pack.version(), pack.publishedBy(), pack.publishedAt(), pack.options(),
                pack.files().stream().map(file -> file(pack, file)).toList());
    }

    private static FileJson file(PublishedPack pack, PublishedFile file) {
        return new FileJson(file.format(), file.mediaType(), file.fileName(), file.size(), file.sha256(),
                "/api/plans/" + pack.planId() + "/published/" + pack.id() + "/" + file.format());
    }
}
