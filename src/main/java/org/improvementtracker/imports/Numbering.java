package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * How plans number their sections, outcomes and actions. A cell may open with its number ("1.0 Children
 * are listened to", "1.1. …", "1. Quality of…", "A) All assessments…"), which becomes the number, the rest
 * the text; a plain number with no full stop or bracket ("7 social workers…") is text. A cell may hold
 * several items marked "i) … ii) …", "1) … 2) …" or "a) … b) …", from the marker the cell opens with, each
 * further marker the next of its kind.
 */
final class Numbering {

    /** A cell's number and the text after it; the number is null when the cell opens with none. */
    record Numbered(String number, String text) {
    }

    private static final Pattern LEADING = Pattern.compile(
            "^(?:(\\d+(?:\\.\\d+)+)\\.?|\\(?(\\d+)[.)]|\\(?([A-Za-z]|[ivxIVX]+)\\))(?:\\s+|$)(.*)$", Pattern.DOTALL);

    /** More items than this in one cell is not a list of actions. */
    private static final int MAX_PARTS = 20;

    private static final Pattern FIRST_MARKER = Pattern.compile("\\(?([ivx]+|\\d{1,2}|[A-Za-z])\\)\\.?(?=\\s|$)");

    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx");

    private Numbering() {
    }

    static Numbered leading(String cell) {
        String text = cell.strip();
        Matcher matcher = LEADING.matcher(text);
        if (!matcher.matches()) {
            return new Numbered(null, text);
        }
        String number = matcher.group(1) != null ? matcher.group(1)
                : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return new Numbered(number, matcher.group(4).strip());
    }

    /**
     * The cell's marked parts, markers left off: "i) Dec 13. ii) Jan 14" gives "Dec 13." and "Jan 14". The cell
     * must open with a marker, which need not be the first ("iii) Sept 13" continues a list from the row above);
     * a cell that opens with none is a single unmarked part.
     */
    static Parts parts(String cell) {
        String text = cell.strip();
        Matcher first = FIRST_MARKER.matcher(text);
        if (!first.lookingAt()) {
            return new Parts(List.of(text), false);
        }
        for (Kind kind : Kind.values()) {
            int ordinal = kind.tokens.indexOf(first.group(1));
            if (ordinal < 0) {
                continue;
            }
            List<Integer> starts = new ArrayList<>(List.of(0));
            List<Integer> ends = new ArrayList<>(List.of(first.end()));
            for (int next = ordinal + 1; next < kind.markers.size(); next++) {
                Matcher marker = kind.markers.get(next).matcher(text);
                if (!marker.find(ends.get(ends.size() - 1))) {
                    break;
                }
                starts.add(marker.start());
                ends.add(marker.end());
            }
            List<String> parts = new ArrayList<>();
            for (int at = 0; at < starts.size(); at++) {
                int end = at + 1 < starts.size() ? starts.get(at + 1) : text.length();
                parts.add(text.substring(ends.get(at), end).strip());
            }
            return new Parts(parts, true);
        }
        return new Parts(List.of(text), false);
    }

    /** The parts of a cell; {@code marked} when they came from markers (one marker makes one marked part). */
    record Parts(List<String> texts, boolean marked) {

        int count() {
            return texts.size();
        }
    }

    /** The kinds of marker, each with its markers in order ("ii)", "(ii)", "ii)." after a space or at the start). */
    private enum Kind {
        ROMAN_NUMERALS(ROMAN), DIGITS(ordinals(ordinal -> Integer.toString(ordinal))),
        LOWER_CASE(ordinals(ordinal -> String.valueOf((char) ('a' + ordinal - 1)))),
        UPPER_CASE(ordinals(ordinal -> String.valueOf((char) ('A' + ordinal - 1))));

        private final List<String> tokens;
        private final List<Pattern> markers;

        Kind(List<String> tokens) {
            this.tokens = tokens;
            markers = tokens.stream()
                    .map(token -> Pattern.compile("(?<=^|\\s)\\(?" + Pattern.quote(token) + "\\)\\.?(?=\\s|$)"))
                    .toList();
        }

        private static List<String> ordinals(IntFunction<String> token) {
            return IntStream.rangeClosed(1, MAX_PARTS).mapToObj(token).toList();
        }
    }
}
