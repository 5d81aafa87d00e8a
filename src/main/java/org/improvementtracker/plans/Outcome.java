package org.improvementtracker.plans;

import java.util.Arrays;
import java.util.List;

/** Optional level 2: a recommendation, judgement criterion or outcome statement. */
public record Outcome(long id, long planId, long sectionId, int position, String number, String text,
        String sourceTags, int version) {

    /** Source tags are stored as one semicolon-separated field ("Ofsted recommendation 3; self-evaluation"). */
    public List<String> tags() {
        if (sourceTags == null || sourceTags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(sourceTags.split(";")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }
}
