package org.improvementtracker.indicators.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.indicators.web.ValueGrid.Cell;
import org.improvementtracker.support.web.FormValues;

/**
 * The value grid as posted: for each open cell the text of its inputs, the version of the month as the
 * page read it and a fingerprint of the figures it showed (fields "cell-12-2026-05-value", "…-version",
 * "…-seen"). Only cells whose figures differ from what the page showed are sent to be saved, so a month
 * nobody touched is neither rewritten nor added to the history, and a month someone else saved meanwhile
 * is refused by its version rather than overwritten. A fingerprint rather than the figures themselves
 * keeps the post to two hidden fields a month, notes however long.
 */
final class ValueGridForm {

    static final String VERSION = "version";
    static final String SEEN = "seen";

    /** Figures are stored with ten digits before the point (numeric(14,4)): a bigger one is a typing slip. */
    private static final BigDecimal TOO_BIG = new BigDecimal("10000000000");
    private static final int LONGEST_NOTE = 2000;

    /** What a cell's inputs hold, as text, with the version and fingerprint of what the page showed. */
    record Typed(String value, String numerator, String denominator, String note, String version, String seen) {

        public String text(GridLine line) {
            return switch (line) {
                case VALUE -> value;
                case NUMERATOR -> numerator;
                case DENOMINATOR -> denominator;
                case NOTE -> note;
                case COMPUTED -> "";
            };
        }
    }

    /** A changed cell and the command that saves it. */
    record Change(Cell cell, ValueEntry entry) {
    }

    private final Map<String, String> params;

    private ValueGridForm(Map<String, String> params) {
        this.params = params;
    }

    static ValueGridForm unchanged() {
        return new ValueGridForm(new HashMap<>());
    }

    static ValueGridForm posted(Map<String, String> params) {
        return new ValueGridForm(new HashMap<>(params));
    }

    /** The cell as posted, or as stored when it was not among the posted cells. */
    public Typed typed(Cell cell) {
        if (!params.containsKey(cell.mainInputId())) {
            return stored(cell, cell.saved());
        }
        return new Typed(param(cell, GridLine.VALUE.field()), param(cell, GridLine.NUMERATOR.field()),
                param(cell, GridLine.DENOMINATOR.field()), param(cell, GridLine.NOTE.field()), param(cell, VERSION),
                param(cell, SEEN));
    }

    /**
     * After someone else saved the month: the page now shows it at their version, keeping what this
     * user typed, so saving again is a deliberate choice to replace their figures.
     */
    void rebase(Cell cell, IndicatorValue current) {
        Typed now = stored(cell, current);
        params.put(cell.inputId(VERSION), now.version());
        params.put(cell.inputId(SEEN), now.seen());
    }

    /**
     * The changed cells among the grid's open ones, each as a command to save it; problems with what was
     * typed go into {@code problems} against the input, keyed by its id.
     */
    List<Change> changes(ValueGrid grid, Map<String, GridProblem> problems) {
        List<Change> changes = new ArrayList<>();
        for (Cell cell : grid.editableCells()) {
            if (!params.containsKey(cell.mainInputId())) {
                continue;
            }
            Typed typed = typed(cell);
            Map<String, String> wrong = new LinkedHashMap<>();
            boolean ratio = cell.indicator().unit().isRatio();
            BigDecimal value = ratio ? null : number(cell, GridLine.VALUE, typed.value(), wrong);
            BigDecimal numerator = ratio ? number(cell, GridLine.NUMERATOR, typed.numerator(), wrong) : null;
            BigDecimal denominator = ratio ? number(cell, GridLine.DENOMINATOR, typed.denominator(), wrong) : null;
            // A percentage's numerator may not exceed its denominator (the service says so); a rate per
            // 10,000 of a tiny denominator could still make a figure too big to store.
            if (cell.indicator().unit() == Unit.RATE_PER_10000 && numerator != null && denominator != null
                    && denominator.signum() > 0
                    && Unit.RATE_PER_10000.ratio(numerator, denominator).abs().compareTo(TOO_BIG) >= 0) {
                wrong.putIfAbsent(cell.inputId(GridLine.NUMERATOR.field()),
                        "This numerator and denominator make a figure too big to store: check them");
            }
            String note = FormValues.nullIfBlank(typed.note());
            if (note != null && note.length() > LONGEST_NOTE) {
                wrong.put(cell.inputId(GridLine.NOTE.field()), "The note must be 2,000 characters or fewer");
            }
            wrong.forEach((inputId, message) -> problems.put(inputId, new GridProblem(cell.name(), message)));
            String seen = fingerprint(ratio, value, numerator, denominator, note);
            if (!wrong.isEmpty() || seen.equals(typed.seen()) || typed.seen().isEmpty() && nothing(seen, ratio)) {
                continue;
            }
            changes.add(new Change(cell, new ValueEntry(cell.indicator().id(), cell.month(),
                    figures(cell, value, numerator, denominator, note), whole(typed.version()))));
        }
        return changes;
    }

    /**
     * A rate entered elsewhere as a bare value (imported, or through the API) has no numerator and
     * denominator for the grid to show; saving its note alone must not wipe that value.
     */
    private static Figures figures(Cell cell, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            String note) {
        IndicatorValue saved = cell.saved();
        boolean keepsBareValue = cell.indicator().unit().isRatio() && numerator == null && denominator == null
                && saved != null && saved.figures().numerator() == null && saved.figures().denominator() == null;
        return new Figures(keepsBareValue ? saved.figures().value() : value, numerator, denominator, note);
    }

    private static Typed stored(Cell cell, IndicatorValue saved) {
        if (saved == null) {
            return new Typed("", "", "", "", "", "");
        }
        Figures figures = saved.figures();
        boolean ratio = cell.indicator().unit().isRatio();
        return new Typed(FormValues.text(figures.value()), FormValues.text(figures.numerator()),
                FormValues.text(figures.denominator()), figures.note() == null ? "" : figures.note(),
                String.valueOf(saved.version()), fingerprint(ratio, ratio ? null : figures.value(),
                        ratio ? figures.numerator() : null, ratio ? figures.denominator() : null,
                        FormValues.nullIfBlank(figures.note())));
    }

    /** The figures of the cell's own inputs, in one string of fixed length, equal when they are equal. */
    private static String fingerprint(boolean ratio, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            String note) {
        String figures = ratio ? "r|" + FormValues.text(numerator) + "|" + FormValues.text(denominator)
                : "v|" + FormValues.text(value);
        return digest(figures + "|" + (note == null ? "" : note));
    }

    private static boolean nothing(String seen, boolean ratio) {
        return seen.equals(fingerprint(ratio, null, null, null, null));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }

    /** A number as typed or pasted: "1,234", "45.2%"; null when blank. Problems go in {@code wrong}. */
    private static BigDecimal number(Cell cell, GridLine line, String text, Map<String, String> wrong) {
        String stripped = text.strip();
        if (stripped.endsWith("%")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        if (stripped.isEmpty()) {
            return null;
        }
        BigDecimal number = FormValues.number(stripped);
        String inputId = cell.inputId(line.field());
        if (number == null) {
            wrong.put(inputId, "Enter the " + line.field() + " as a number, for example 45.2");
        } else if (number.abs().compareTo(TOO_BIG) >= 0) {
            wrong.put(inputId, "The " + line.field() + " must be less than 10,000,000,000");
        }
        return number;
    }

    private String param(Cell cell, String field) {
        String value = params.get(cell.inputId(field));
        return value == null ? "" : value;
    }

    /** An int, or null: a version that is not one is treated as none, and the save then conflicts. */
    private static Integer whole(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notAWholeNumber) {
            return null;
        }
    }
}
