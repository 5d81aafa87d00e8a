package org.improvementtracker.reports.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.reports.BoardPackReader;
import org.improvementtracker.reports.ReportFormat;
import org.improvementtracker.reports.ReportWriters;
import org.improvementtracker.reports.publishing.PublishedPackRepository.PackRow;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a closed period's board pack: it is written once in every format the application has, and
 * each file is stored as written, so a download later is what the board received whatever changed since.
 */
@Service
@Transactional(readOnly = true)
public class PublishedPacks {

    private final Clock clock;
    private final PeriodService periods;
    private final BoardPackReader reader;
    private final ReportWriters writers;
    private final PublishedPackRepository repository;
    private final AuditTrail audit;

    PublishedPacks(Clock clock, PeriodService periods, BoardPackReader reader, ReportWriters writers,
            PublishedPackRepository repository, AuditTrail audit) {
        this.clock = clock;
        this.periods = periods;
        this.reader = reader;
        this.writers = writers;
        this.repository = repository;
        this.audit = audit;
    }

    /** Every format or none: a writer that fails takes the whole publication back. */
    @Transactional
    public PublishedPack publish(SignedInUser user, long planId, long periodId, BoardPackOptions options) {
        long organisationId = user.organisationId();
        Period period = periods.period(organisationId, planId, periodId);
        if (period.state() != PeriodState.CLOSED) {
            throw new InvalidInputException("period", period.label() + " is "
                    + period.state().label().toLowerCase(Locale.ROOT)
                    + ": only a closed period's board pack can be published, once its ratings are final");
        }
        BoardPack pack = reader.read(organisationId, user.organisationName(), planId, periodId, options);
        PackRow row = new PackRow(0, planId, periodId, pack.plan().title(), period.label(), PublishedOptions.of(pack),
                user.displayName(), Instant.now(clock));
        long packId = repository.insert(organisationId, row, user.accountId());
        List<PublishedFile> files = new ArrayList<>();
        for (ReportFormat format : writers.formats()) {
            StoredFile stored = written(pack, format);
            repository.insert(packId, stored);
            files.add(stored.file());
        }
        audit.created(organisationId, AuditSubject.inPlan("Published board pack", packId,
                "Board pack " + period.label(), planId), Map.of("period", period.label(), "options",
                row.options().described(), "files", files));
        return pack(organisationId, planId, packId);
    }

    /** The plan's published packs, newest first, in two statements however many there are. */
    public List<PublishedPack> packs(long organisationId, long planId) {
        List<PackRow> rows = repository.packs(organisationId, planId);
        Map<Long, List<PublishedFile>> files = repository.files(organisationId, planId);
        Map<Long, Integer> versions = new HashMap<>();
        Map<Long, Integer> published = new HashMap<>();
        rows.stream().sorted(Comparator.comparingLong(PackRow::id))
                .forEach(row -> versions.put(row.id(), published.merge(row.periodId(), 1, Integer::sum)));
        return rows.stream().map(row -> new PublishedPack(row.id(), row.planId(), row.periodId(), row.planTitle(),
                row.periodLabel(), row.options(), row.publishedBy(), row.publishedAt(), versions.get(row.id()),
                files.getOrDefault(row.id(), List.of()).stream()
                        .sorted(Comparator.comparing(file -> ReportFormat.parse(file.format()))).toList()))
                .toList();
    }

    public PublishedPack pack(long organisationId, long planId, long packId) {
        return packs(organisationId, planId).stream().filter(pack -> pack.id() == packId).findFirst()
                .orElseThrow(() -> new NotFoundException("Published board pack", packId));
    }

    /** The stored bytes of one format of a pack; a format it was not published in is not found. */
    public StoredFile file(long organisationId, long planId, long packId, String format) {
        return repository.content(organisationId, planId, packId, format)
                .orElseThrow(() -> new NotFoundException("Published board pack", packId));
    }

    private StoredFile written(BoardPack pack, ReportFormat format) {
        var document = new ByteArrayOutputStream();
        try {
            writers.writer(format).write(pack, document);
        } catch (IOException failed) {
            throw new UncheckedIOException("The board pack could not be written as " + format.extension(), failed);
        }
        byte[] content = document.toByteArray();
        return new StoredFile(new PublishedFile(format.extension(), format.mediaType(), pack.fileName(format),
                content.length, sha256(content)), content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
