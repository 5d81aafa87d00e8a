package org.improvementtracker.indicators;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.improvementtracker.support.NotText;
import org.improvementtracker.support.RowProblem;
import org.improvementtracker.support.SpreadsheetText;
import org.improvementtracker.support.TextEncoding;

/**
 * Reads a CSV of monthly values as people save it from Excel: a header row naming the columns in any
 * order and case ("Indicator code" or "code", "month", "value" or "numerator" and "denominator", "note"),
 * UTF-8 with or without its byte order mark or Windows-1252, months written as 2026-05, May 2026, 05/2026
 * or as a date, numbers with thousands separators or a % sign. Rows are numbered as the spreadsheet
 * shows them, the header being row 1. Which indicator a code means is for {@link ValueUpload}.
 */
public final class ValueCsv {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    public static final String TOO_LARGE = "The file is larger than 2 MB: split it into smaller files";

    /** The columns, with the headings each is known by (compared in lower case, without spaces or punctuation). */
    public enum Column {
        CODE("indicator code", "indicatorcode", "code", "indicator"),
        MONTH("month", "month", "period", "monthstart"),
        VALUE("value", "value", "figure"),
        NUMERATOR("numerator", "numerator"),
        DENOMINATOR("denominator", "denominator"),
        NOTE("note", "note", "notes", "comment", "comments");

        private final String heading;
        private final List<String> names;

        Column(String heading, String... names) {
            this.heading = heading;
            this.names = List.of(names);
        }

        /** The heading the template uses, and the name given to a column the file lacks. */
        public String heading() {
            return heading;
        }

        static Column named(String heading) {
            String key = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            return Stream.of(values()).filter(column -> column.names.contains(key)).findFirst().orElse(null);
        }
    }

    /** One data row as read: the code as written, the month and figures parsed, and every cell's text. */
    public record Row(int row, String code, YearMonth month, Figures figures, Map<Column, String> cells) {
    }

    /** The rows that could be read, the problems of those that could not, and each column's heading as written. */
    public record Parsed(List<Row> rows, List<RowProblem> problems, Map<Column, String> headings) {

        /** The column's heading as the file writes it, or its usual name where the file lacks it. */
        public String heading(Column column) {
            return headings.getOrDefault(column, column.heading());
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false).setTrim(true).get();

    /** Months as YearMonth, tried in turn; English month names in both UK and US short forms ("Sept", "Sep"). */
    private static final List<DateTimeFormatter> MONTHS = Stream.of("uuuu-MM", "MMMM uuuu", "MMM uuuu", "MMM-uu",
            "MMM-uuuu", "MM/uuuu", "M/uuuu", "uuuu/MM")
            .flatMap(pattern -> Stream.of(formatter(pattern, Locale.UK), formatter(pattern, Locale.US))).toList();

    /** Dates, as Excel writes a month formatted as a date: the month they fall in. */
    private static final List<DateTimeFormatter> DATES = Stream.of("uuuu-MM-dd", "dd/MM/uuuu", "d/M/uuuu",
            "d MMMM uuuu", "d MMM uuuu", "d-MMM-uu", "uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd'T'HH:mm:ss",
            "dd/MM/uuuu HH:mm", "dd/MM/uuuu HH:mm:ss").map(pattern -> formatter(pattern, Locale.UK)).toList();

    private ValueCsv() {
    }

    public static Parsed parse(byte[] file) {
        List<RowProblem> problems = new ArrayList<>();
        if (file.length > MAX_BYTES) {
            problems.add(new RowProblem(null, null, null, TOO_LARGE));
            return new Parsed(List.of(), problems, Map.of());
        }
        Optional<String> notText = NotText.kindOf(file);
        if (notText.isPresent()) {
            String kind = notText.get();
            problems.add(new RowProblem(null, null, null, "The file is " + kind + ", not a CSV: open it in Excel and "
                    + "save it with Save As, choosing \"CSV UTF-8 (comma delimited)\""));
            return new Parsed(List.of(), problems, Map.of());
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(TextEncoding.utf8OrWindows1252(file)), FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException unreadable) {
            problems.add(new RowProblem(null, null, null,
                    "The file is not a readable CSV: save it from Excel as \"CSV UTF-8 (comma delimited)\""));
            return new Parsed(List.of(), problems, Map.of());
        }
        if (records.isEmpty()) {
            problems.add(new RowProblem(null, null, null, "The file is empty"));
            return new Parsed(List.of(), problems, Map.of());
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        Map<Column, String> headings = new EnumMap<>(Column.class);
        CSVRecord header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.named(header.get(i));
            if (column != null && !positions.containsKey(column)) {
                positions.put(column, i);
                headings.put(column, header.get(i));
            }
        }
        if (!positions.containsKey(Column.CODE) || !positions.containsKey(Column.MONTH)
                || !positions.containsKey(Column.VALUE) && !positions.containsKey(Column.NUMERATOR)) {
            problems.add(new RowProblem(1, null, null, "The first row must name the columns: indicator code, month, "
                    + "and value or numerator and denominator, with note if you like"));
            return new Parsed(List.of(), problems, headings);
        }
        Parsed parsed = new Parsed(new ArrayList<>(), problems, headings);
        long dataRows = records.stream().skip(1).filter(record -> !blank(record)).count();
        if (dataRows > MAX_ROWS) {
            problems.add(new RowProblem(null, null, null, "The file has " + dataRows + " rows of values; upload at most "
                    + MAX_ROWS + " at a time"));
            return parsed;
        }
        for (CSVRecord record : records.subList(1, records.size())) {
            if (!blank(record)) {
                read(record, positions, parsed);
            }
        }
        return parsed;
    }

    private static void read(CSVRecord record, Map<Column, Integer> positions, Parsed parsed) {
        int row = (int) record.getRecordNumber();
        Map<Column, String> cells = new EnumMap<>(Column.class);
        positions.forEach((column, at) -> {
            String cell = at < record.size() ? record.get(at) : "";
            cells.put(column, cell.isBlank() ? null : SpreadsheetText.restored(cell.strip()));
        });
        List<RowProblem> problems = new ArrayList<>();
        if (cells.get(Column.CODE) == null) {
            problems.add(problem(parsed, row, Column.CODE, null, "Enter the indicator code"));
        }
        YearMonth month = null;
        String monthCell = cells.get(Column.MONTH);
        if (monthCell == null) {
            problems.add(problem(parsed, row, Column.MONTH, null, "Enter the month, like 2026-05"));
        } else {
            month = month(monthCell);
            if (month == null) {
                problems.add(problem(parsed, row, Column.MONTH, monthCell,
                        "Enter the month as year and month, like 2026-05 or May 2026"));
            }
        }
        BigDecimal[] numbers = new BigDecimal[3];
        List<Column> numeric = List.of(Column.VALUE, Column.NUMERATOR, Column.DENOMINATOR);
        for (int i = 0; i < numeric.size(); i++) {
            String cell = cells.get(numeric.get(i));
            if (cell != null) {
                numbers[i] = number(cell);
                if (numbers[i] == null) {
                    problems.add(problem(parsed, row, numeric.get(i), cell, "Enter a number, like 42.5 or 1,250"));
                }
            }
        }
        if (!problems.isEmpty()) {
            parsed.problems().addAll(problems);
            return;
        }
        parsed.rows().add(new Row(row, cells.get(Column.CODE), month,
                new Figures(numbers[0], numbers[1], numbers[2], cells.get(Column.NOTE)), cells));
    }

    /** The month a cell names, or null. */
    public static YearMonth month(String text) {
        String cell = text.strip();
        YearMonth month = first(cell, MONTHS, YearMonth::from);
        if (month != null) {
            return month;
        }
        LocalDate date = first(cell, DATES, LocalDate::from);
        return date == null ? null : YearMonth.from(date);
    }

    /** A number as Excel shows it: "1,250", "42.5%", "-3"; null where it is not one. */
    public static BigDecimal number(String text) {
        String cell = text.strip().replace("\u00a0", "").replace(" ", "");
        if (cell.endsWith("%")) {
            cell = cell.substring(0, cell.length() - 1);
        }
        if (!thousandsInThrees(cell)) {
            return null;
        }
        try {
            return new BigDecimal(cell.replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A comma may only separate thousands: "1,5" is a European decimal, not fifteen. */
    private static boolean thousandsInThrees(String cell) {
        if (!cell.contains(",")) {
            return true;
        }
        String whole = cell.contains(".") ? cell.substring(0, cell.indexOf('.')) : cell;
        String[] groups = whole.split(",", -1);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return !groups[0].isEmpty() && !groups[0].equals("-") && groups[0].replace("-", "").length() <= 3;
    }

    private static <T> T first(String cell, List<DateTimeFormatter> formatters, TemporalQuery<T> query) {
        for (DateTimeFormatter formatter : formatters) {
            try {
                return formatter.parse(cell, query);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return null;
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static RowProblem problem(Parsed parsed, int row, Column column, String value, String message) {
        return new RowProblem(row, parsed.heading(column), value, message);
    }
}
