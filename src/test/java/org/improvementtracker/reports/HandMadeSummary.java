package org.improvementtracker.reports;

import java.util.List;

import org.improvementtracker.reporting.ActionState;

/**
 * A committee summary built by hand from a board pack: the writers are tested on the record as it is,
 * whatever reader chooses its narrative, overdue actions and indicators (here every indicator shown).
 */
final class HandMadeSummary {

    static final String NARRATIVE = "Two sections were rated.";

    private HandMadeSummary() {
    }

    static CommitteeSummary of(BoardPack pack, String introduction) {
        List<BoardPack.IndicatorRow> indicators = pack.sections().stream()
                .flatMap(section -> section.indicators().stream()).toList();
        return new CommitteeSummary(pack.cover(), pack.plan(), pack.period(), introduction,
                List.of(NARRATIVE, "One action is rated red."), pack.scores(),
                pack.exceptions().stream().filter(row -> row.progress().is(ActionState.OVERDUE)).toList(),
                indicators);
    }
}
