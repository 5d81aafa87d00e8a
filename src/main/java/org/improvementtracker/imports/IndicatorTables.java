package org.improvementtracker.imports;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.improvementtracker.indicators.Polarity;

/**
 * Performance indicator tables, as workbooks with a sheet per priority put them above the actions: a header
 * naming an Indicator column and months (Jul … Dec, or "Jul-17"), with Priority, Polarity ("High is good"),
 * a baseline headed by its year ("2016/17"), the statistical neighbours' average ("SN Average") and Notes
 * beside them. YTD and DOT are worked out by the tracker, so those columns (and any other) are passed over.
 *
 * <p>A month's year is the heading's own ("Jul-17" is July 2017); a month without one is in the financial
 * year after the baseline's (under a 2016/17 baseline, Jul is July 2017 and Jan is January 2018). A month
 * with neither is left out, with a warning on its heading. A value that is not a number is a warning naming
 * its cell, and left out; a blank or "-" is no value. The "Previous period / Current period" line below such
 * a table is passed over.
 */
final class IndicatorTables {

    private static final Pattern MONTH = Pattern.compile("(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?(?:[\\s'’\\-/]*(\\d{4}|\\d{2}))?$");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?i)^(?:baseline\\s*)?((?:19|20)\\d{2})\\s*[/-]\\s*"
            + "(\\d{2}|\\d{4})$");
    private static final Pattern INDICATOR = Pattern.compile("(?i)^(?:performance\\s+|key\\s+)?indicators?\\b.{0,30}$");
    private static final Pattern SECTION = Pattern.compile("(?i)^(?:priority|section|theme|work\\s*stream)\\b.*");
    private static final Pattern POLARITY = Pattern.compile("(?i)^(?:polarity|good\\s+is|direction of improvement).*");
    private static final Pattern BENCHMARK = Pattern.compile("(?i)^(?:sn\\b|statistical\\s+neighbou?r|benchmark).*");
    private static final Pattern NOTES = Pattern.compile("(?i)^(?:notes?|comments?|commentary)\\b.*");
    private static final Pattern PERIOD_LINE = Pattern.compile("(?i).*\\b(?:previous|current)\\s+period\\b.*");
    private static final Pattern NO_VALUE = Pattern.compile("^(?:-|–|n/?a)?$", Pattern.CASE_INSENSITIVE);
    private static final int MIN_MONTHS = 2;

    private IndicatorTables() {
    }

    /** The index, among the table's rows, of an indicator header in its first rows, if there is one. */
    static Optional<Integer> headerAt(SourceTable table) {
        List<SourceRow> rows = table.rows();
        for (int at = 0; at < Math.min(rows.size(), HeaderFinder.SEARCHED_ROWS); at++) {
            List<String> cells = rows.get(at).cells();
            boolean indicator = cells.stream().anyMatch(cell -> INDICATOR.matcher(cell.strip()).matches());
            long months = cells.stream().filter(cell -> MONTH.matcher(cell.strip()).matches()).count();
            if (indicator && months >= MIN_MONTHS) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** The indicators in the rows below the header, up to (not including) the row numbered {@code before}. */
    static List<ImportedPlan.Indicator> read(SourceTable table, int headerAt, int before, List<ImportProblem> problems) {
        Header header = header(table, table.rows().get(headerAt), problems);
        List<ImportedPlan.Indicator> indicators = new ArrayList<>();
        String section = table.sheet();
        for (SourceRow row : table.rows().subList(headerAt + 1, table.rows().size())) {
            if (row.number() >= before) {
                break;
            }
            if (row.blank() || row.cells().stream().anyMatch(cell -> PERIOD_LINE.matcher(cell).matches())) {
                continue;
            }
            String sectionCell = header.section < 0 ? "" : row.cell(header.section).strip();
            section = sectionCell.isEmpty() ? section : sectionCell;
            String name = row.cell(header.name).strip();
            if (name.isEmpty()) {
                continue;
            }
            Problems found = new Problems(table, row, problems);
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            header.months.forEach((column, month) -> found.number(column, row.cell(column))
                    .ifPresent(value -> values.put(month.toString(), value)));
            indicators.add(new ImportedPlan.Indicator(section, name, found.polarity(header.polarity, row),
                    header.baselineLabel, header.baseline < 0 ? null : found.number(header.baseline,
                            row.cell(header.baseline)).orElse(null),
                    header.benchmark < 0 ? null : found.number(header.benchmark, row.cell(header.benchmark)).orElse(null),
                    values, header.notes < 0 || row.cell(header.notes).isBlank() ? null : row.cell(header.notes).strip(),
                    new ImportedPlan.SourcePlace(table.place(), row.number())));
        }
        return indicators;
    }

    private static Header header(SourceTable table, SourceRow row, List<ImportProblem> problems) {
        Header header = new Header();
        Integer baselineYear = null;
        for (int column = 0; column < row.cells().size(); column++) {
            String heading = row.cell(column).strip();
            Matcher financialYear = FINANCIAL_YEAR.matcher(heading);
            if (INDICATOR.matcher(heading).matches() && header.name < 0) {
                header.name = column;
            } else if (SECTION.matcher(heading).matches()) {
                header.section = column;
            } else if (POLARITY.matcher(heading).matches()) {
                header.polarity = column;
            } else if (BENCHMARK.matcher(heading).matches()) {
                header.benchmark = column;
            } else if (NOTES.matcher(heading).matches()) {
                header.notes = column;
            } else if (financialYear.matches() && header.baseline < 0) {
                header.baseline = column;
                header.baselineLabel = heading;
                baselineYear = Integer.valueOf(financialYear.group(1));
            }
        }
        for (int column = 0; column < row.cells().size(); column++) {
            Matcher month = MONTH.matcher(row.cell(column).strip());
            if (!month.matches()) {
                continue;
            }
            Month named = monthNamed(month.group(1));
            if (month.group(2) != null) {
                int year = Integer.parseInt(month.group(2));
                header.months.put(column, YearMonth.of(year < 100 ? 2000 + year : year, named));
            } else if (baselineYear != null) {
                int financialYear = baselineYear + 1;
                header.months.put(column, YearMonth.of(named.getValue() >= Month.APRIL.getValue() ? financialYear
                        : financialYear + 1, named));
            } else {
                problems.add(new ImportProblem(ImportProblem.Severity.WARNING, table.fileName(), table.place(),
                        row.number(), ImportProblem.columnLetter(column), row.cell(column), "The month has no year, and "
                                + "no baseline column (headed with its year, such as 2016/17) says which, so its values "
                                + "are left out: head the column with the month and year, such as Jul-17"));
            }
        }
        return header;
    }

    private static Month monthNamed(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.name().substring(0, 3).equalsIgnoreCase(abbreviation)) {
                return month;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }

    /** Where the columns are; -1 for a column the table does not have. */
    private static final class Header {
        int section = -1;
        int name = -1;
        int polarity = -1;
        int baseline = -1;
        String baselineLabel;
        int benchmark = -1;
        int notes = -1;
        final Map<Integer, YearMonth> months = new LinkedHashMap<>();
    }

    /** Reads one row's cells, noting a warning for each it cannot read. */
    private record Problems(SourceTable table, SourceRow row, List<ImportProblem> problems) {

        Optional<BigDecimal> number(int column, String cell) {
            String text = cell.strip().replace(",", "").replace("%", "").strip();
            if (NO_VALUE.matcher(text).matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException notANumber) {
                warn(column, cell, "The value is not a number, so it is left out");
                return Optional.empty();
            }
        }

        String polarity(int column, SourceRow row) {
            if (column < 0 || row.cell(column).isBlank()) {
                return null;
            }
            String text = row.cell(column).strip().toLowerCase(Locale.ROOT);
            if (text.contains("range") || text.contains("within")) {
                return Polarity.WITHIN_RANGE.name();
            }
            if (text.startsWith("high") || text.contains("↑") || text.contains("higher")) {
                return Polarity.HIGHER_IS_BETTER.name();
            }
            if (text.startsWith("low") || text.contains("↓") || text.contains("lower")) {
                return Polarity.LOWER_IS_BETTER.name();
            }
            warn(column, row.cell(column), "The polarity is not one of High is good, Low is good or Within a range, "
                    + "so it is left for you to choose after the import");
            return null;
        }

        private void warn(int column, String cell, String message) {
            problems.add(new ImportProblem(ImportProblem.Severity.WARNING, table.fileName(), table.place(),
                    row.number(), ImportProblem.columnLetter(column), cell, message));
        }
    }
}
