package org.improvementtracker.reports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a period's committee summary and exceptions report from the whole board pack, so their figures
 * are the pack's: the pack's fixed number of statements, and one more for the introduction.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeSummaryReader {

    private final BoardPackReader packs;
    private final ReportIntroductions introductions;

    CommitteeSummaryReader(BoardPackReader packs, ReportIntroductions introductions) {
        this.packs = packs;
        this.introductions = introductions;
    }

    public CommitteeSummary summary(long organisationId, String organisationName, long planId, long periodId) {
        BoardPack pack = wholePack(organisationId, organisationName, planId, periodId);
        return CommitteeSummary.of(pack, introductions.stored(organisationId, planId, periodId).text());
    }

    public ExceptionReport exceptions(long organisationId, String organisationName, long planId, long periodId) {
        return ExceptionReport.of(wholePack(organisationId, organisationName, planId, periodId));
    }

    private BoardPack wholePack(long organisationId, String organisationName, long planId, long periodId) {
        return packs.read(organisationId, organisationName, planId, periodId, BoardPackOptions.defaults());
    }
}
