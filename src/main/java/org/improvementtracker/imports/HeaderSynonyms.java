package org.improvementtracker.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings authorities give their plans' columns (DESIGN.md section 6), field by field. A heading
 * matches a synonym when, lower-cased with punctuation and markup dropped, it is the synonym or starts
 * with it followed by more words ("Timescale Completion", "Measures of progress of plan"); the longest
 * synonym that matches wins, so "Responsible Officer" is not taken for "Officer". Ratings and updates are
 * recognised by their first word, the rest naming the period. To learn a new heading, add it here.
 */
final class HeaderSynonyms {

    private static final Map<PlanField, List<String>> SYNONYMS = Map.of(
            PlanField.SECTION, List.of("section", "priority", "theme", "work stream", "workstream"),
            PlanField.OUTCOME, List.of("outcome", "outcomes", "recommendation", "recommendations", "objective",
                    "services likely to be judged good if", "likely to be judged good if"),
            PlanField.ACTION, List.of("action", "actions", "action required", "milestone", "milestones",
                    "what needs to change", "activity", "activities", "task", "tasks"),
            PlanField.SUCCESS_MEASURES, List.of("success measure", "success measures", "measure of success",
                    "measures of success", "measures of progress", "measure of progress", "how will we know"),
            PlanField.LEAD, List.of("lead", "leads", "strategic lead", "strategic lead officer", "lead officer",
                    "owner", "who"),
            PlanField.RESPONSIBLE_OFFICER, List.of("responsible officer", "responsible", "officer"),
            PlanField.TIMESCALE, List.of("timescale", "timescales", "time", "date due", "due date", "due",
                    "deadline", "by when", "target date", "completion date", "when"),
            PlanField.EVIDENCE_OF_IMPACT, List.of("evidence of impact", "measures of impact", "measure of impact",
                    "impact"));

    /** One synonym, with the space after it that a longer heading has ("timescale completion"). */
    private record Synonym(PlanField field, String words, String followed) {
    }

    private static final List<Synonym> ALL = SYNONYMS.entrySet().stream().flatMap(field -> field.getValue().stream()
            .map(words -> new Synonym(field.getKey(), words, words + " "))).toList();

    /** "RAG", "RAG status", "RAG Initial", "RAG 01/18", "Rating March 2018": the words after name the period. */
    private static final Pattern RATING = Pattern.compile(
            "(?i)^(?:rag|rating)(?:\\s+(?:status|rating))?\\b[\\s:\\-–]*(.*)$");

    /** "Update", "Progress update", "Update March 2014", "Updates": the words after name the period. */
    private static final Pattern UPDATE = Pattern.compile("(?i)^(?:progress\\s+)?updates?\\b[\\s:\\-–]*(.*)$");

    /** A heading is a few words; a longer cell is data, even if it starts like a heading. */
    private static final int MAX_HEADING_WORDS = 12;
    /** Longer than any twelve words of a heading: such a cell is data, told without reading it through. */
    private static final int MAX_HEADING_LENGTH = 400;

    // Compiled once: every cell of every row is matched, to find the header and the rows that repeat it.
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SLASH_OUTSIDE_NUMBERS = Pattern.compile("(?<!\\d)/|/(?!\\d)");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}/]+");

    private HeaderSynonyms() {
    }

    /** The field (and period) the heading names, if it names one. */
    static Optional<ProposedColumn> match(int column, String heading) {
        if (heading.isBlank() || heading.length() > MAX_HEADING_LENGTH
                || heading.indexOf('<') < 0 && words(heading) > MAX_HEADING_WORDS) {
            return Optional.empty();
        }
        String plain = SPACES.matcher(MARKUP.matcher(heading).replaceAll(" ")).replaceAll(" ").strip();
        if (plain.isEmpty() || plain.split(" ").length > MAX_HEADING_WORDS) {
            return Optional.empty();
        }
        Optional<ProposedColumn> periodic = periodic(column, heading, plain, RATING, PlanField.RATING)
                .or(() -> periodic(column, heading, plain, UPDATE, PlanField.UPDATE));
        if (periodic.isPresent()) {
            return periodic;
        }
        String key = normalised(plain);
        PlanField best = null;
        int longest = 0;
        for (Synonym synonym : ALL) {
            if ((key.equals(synonym.words()) || key.startsWith(synonym.followed())) && synonym.words().length() > longest) {
                best = synonym.field();
                longest = synonym.words().length();
            }
        }
        return Optional.ofNullable(best).map(field -> new ProposedColumn(column, heading, field, null));
    }

    /** How many words the text has, counted without a regular expression: most cells are data, and long. */
    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int at = 0; at < text.length(); at++) {
            boolean space = Character.isWhitespace(text.charAt(at));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static Optional<ProposedColumn> periodic(int column, String heading, String plain, Pattern pattern,
            PlanField field) {
        Matcher matcher = pattern.matcher(plain);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String period = matcher.group(1).strip();
        if (period.isEmpty()) {
            return Optional.of(new ProposedColumn(column, heading, field, null));
        }
        if (normalised(period).equals("initial") || normalised(period).equals("baseline")) {
            return Optional.of(new ProposedColumn(column, heading, field, ProposedColumn.INITIAL));
        }
        return Optional.of(new ProposedColumn(column, heading, field, period));
    }

    /** Lower case, letters and digits only ("/" kept between digits, as in "01/18"), single spaces. */
    private static String normalised(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(SLASH_OUTSIDE_NUMBERS.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
    }
}
