package org.improvementtracker.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits text into plain runs and abbreviations the plan's glossary explains, so a page can wrap
 * each abbreviation in {@code <abbr title="...">} while every run stays escaped text.
 */
public final class AbbreviationGlossary {

    public record Segment(String text, String meaning) {

        public boolean abbreviation() {
            return meaning != null;
        }
    }

    private final Map<String, String> meanings;
    private final Pattern abbreviations;

    public AbbreviationGlossary(List<GlossaryTerm> terms) {
        this.meanings = terms.stream()
                .collect(Collectors.toMap(GlossaryTerm::abbreviation, GlossaryTerm::meaning, (a, b) -> a));
        String alternatives = terms.stream().map(GlossaryTerm::abbreviation)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // Whole words only: "AD" must not match inside "ADVICE"; "PP&P" ends in a letter, so \b works.
        this.abbreviations = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    public List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        if (abbreviations == null) {
            segments.add(new Segment(text, null));
            return segments;
        }
        Matcher matcher = abbreviations.matcher(text);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                segments.add(new Segment(text.substring(from, matcher.start()), null));
            }
            segments.add(new Segment(matcher.group(1), meanings.get(matcher.group(1))));
            from = matcher.end();
        }
        if (from < text.length()) {
            segments.add(new Segment(text.substring(from), null));
        }
        return segments;
    }

}
