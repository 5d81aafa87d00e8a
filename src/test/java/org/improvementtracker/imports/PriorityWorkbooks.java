package org.improvementtracker.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Workbooks in the sheet-per-priority shape of ../shared/samples/README.md, of any size, for the import tests
 * and the benchmark. Each priority's sheet holds, from row 1: the performance indicator table
 * ({@link #INDICATOR_HEADINGS}, {@value #INDICATORS_PER_PRIORITY} indicators), a blank row, the line
 * "Previous period N", "Current period N" (the averages of the RAG 03/18 and RAG 05/18 ratings, 0 left out),
 * a blank row, then the action table ({@link #ACTION_HEADINGS}) from row {@value #ACTION_HEADER_ROW}: ratings
 * on the 1 to 5 scale with 0 for not yet rated, times as month dates shown "Apr-18", the outcome written only
 * on the first of its {@value #ACTIONS_PER_OUTCOME} actions. A last sheet, "Summary", lists each priority's
 * previous and current average. The same shape always gives the same workbook.
 *
 * <p>The faults real workbooks have are put on the first priority's sheet when asked for: junk ratings, "re" as
 * action
 * {@value #TEXT_IN_RATING_ACTION}'s RAG 03/18 and a date as action {@value #DATE_IN_RATING_ACTION}'s RAG 05/18;
 * a shifted row, action {@value #SHIFTED_ACTION} with no success measure cell, so that its lead and everything
 * after stand one column to the left. Written as a stream (SXSSF), so a workbook of thousands of actions is made in
 * little memory; strings are shared, as Excel saves them.
 */
final class PriorityWorkbooks {

    static final List<String> INDICATOR_HEADINGS = List.of("Priority", "Indicator", "Polarity", "2016/17",
            "SN Average", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Notes", "YTD", "DOT");
    static final List<String> ACTION_HEADINGS = List.of("Priority", "Outcome", "Action", "Success measure(s)",
            "Lead", "Responsible Officer", "Time", "RAG Initial", "RAG 01/18", "RAG 03/18", "RAG 05/18",
            "Progress update");

    static final int INDICATORS_PER_PRIORITY = 3;
    static final int ACTIONS_PER_OUTCOME = 4;
    /** Rows as Excel numbers them: the indicator table starts at row 1. */
    static final int PERIOD_ROW = INDICATORS_PER_PRIORITY + 3;
    static final int ACTION_HEADER_ROW = PERIOD_ROW + 2;

    static final int TEXT_IN_RATING_ACTION = 2;
    static final int DATE_IN_RATING_ACTION = 3;
    static final int SHIFTED_ACTION = 4;

    private static final int SUCCESS_MEASURE_COLUMN = ACTION_HEADINGS.indexOf("Success measure(s)");
    private static final int PREVIOUS_RATING = 2;
    private static final int CURRENT_RATING = 3;
    private static final int RATINGS = 4;
    private static final LocalDate FIRST_DUE_MONTH = LocalDate.of(2018, 4, 1);
    private static final int ROWS_IN_MEMORY = 100;

    private static final String[] OUTCOMES = {"Children at risk are identified early and protected",
        "Assessments are timely and of consistently good quality", "Children's plans are clear and reviewed",
        "Managers oversee cases and supervision is regular and reflective",
        "Children in care live in stable placements close to home", "The voice of the child shapes every plan"};
    private static final String[] ACTIONS = {"Audit a sample of cases each month and report the findings",
        "Train all social workers in the new assessment framework", "Introduce a tracker for plans out of date",
        "Recruit permanent team managers to replace agency staff", "Hold multi-agency case reviews quarterly",
        "Publish the threshold document and brief partner agencies"};
    private static final String[] MEASURES = {"95% of assessments completed within 45 working days",
        "Audits judged good or better rise to 80%", "No child protection plan is more than 18 months old",
        "Every child seen alone at each visit"};
    private static final String[] LEADS = {"AD Safeguarding", "Head of Service, Early Help", "SGU", "PP&P"};
    private static final String[] OFFICERS = {"Karen Doyle", "Imran Shah", "Jo Whitfield", "Sam Okafor"};
    private static final String[] UPDATES = {"Completed; findings reported to the board",
        "On track: half of the teams trained", "Delayed by recruitment; new date agreed", ""};
    private static final String[] INDICATORS = {"Re-referrals within 12 months", "Assessments within 45 days",
        "Child protection plans lasting 2 years or more", "Children seen within timescale",
        "Placement moves (3 or more in a year)", "Care leavers in education, employment or training"};
    private static final String[] DIRECTIONS = {"↑", "↓", "↔"};

    /** How big the workbook is, and which faults its first priority's sheet has. */
    record Shape(int priorities, int actionsPerPriority, boolean junkRatings, boolean shiftedRow) {

        int actions() {
            return priorities * actionsPerPriority;
        }
    }

    private PriorityWorkbooks() {
    }

    /** The 1-based action's row on its priority's sheet. */
    static int actionRow(int action) {
        return ACTION_HEADER_ROW + action;
    }

    static byte[] generate(Shape shape) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(workbook, shape).write();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            workbook.dispose();
        }
    }

    /** One workbook's writing: its styles, and the ratings' random numbers, seeded so runs agree. */
    private static final class Writer {

        private final SXSSFWorkbook workbook;
        private final Shape shape;
        private final Random random = new Random(6);
        private final CellStyle month;
        private final CellStyle day;
        private final CellStyle percent;
        private final CellStyle average;

        Writer(SXSSFWorkbook workbook, Shape shape) {
            this.workbook = workbook;
            this.shape = shape;
            month = style("mmm-yy");
            day = style("dd/mm/yyyy");
            percent = style("0.0%");
            average = style("0.0");
        }

        void write() {
            double[][] averages = new double[shape.priorities()][];
            for (int priority = 1; priority <= shape.priorities(); priority++) {
                averages[priority - 1] = prioritySheet(priority);
            }
            Sheet summary = workbook.createSheet("Summary");
            texts(summary.createRow(0), 0, "Priority", "Previous period", "Current period");
            for (int priority = 1; priority <= shape.priorities(); priority++) {
                Row row = summary.createRow(priority);
                row.createCell(0).setCellValue("Priority " + priority);
                number(row, 1, averages[priority - 1][0], average);
                number(row, 2, averages[priority - 1][1], average);
            }
        }

        /** The priority's sheet; its previous and current average ratings. */
        private double[] prioritySheet(int priority) {
            boolean firstPriority = priority == 1;
            int[][] ratings = new int[shape.actionsPerPriority() + 1][];
            Averages previous = new Averages();
            Averages current = new Averages();
            for (int action = 1; action <= shape.actionsPerPriority(); action++) {
                ratings[action] = ratings();
                if (!(firstPriority && shape.junkRatings() && action == TEXT_IN_RATING_ACTION)) {
                    previous.add(ratings[action][PREVIOUS_RATING]);
                }
                if (!(firstPriority && shape.junkRatings() && action == DATE_IN_RATING_ACTION)) {
                    current.add(ratings[action][CURRENT_RATING]);
                }
            }
            Sheet sheet = workbook.createSheet("Priority " + priority);
            texts(sheet.createRow(0), 0, INDICATOR_HEADINGS.toArray(String[]::new));
            for (int indicator = 1; indicator <= INDICATORS_PER_PRIORITY; indicator++) {
                writeIndicator(sheet.createRow(indicator), priority, indicator);
            }
            Row period = sheet.createRow(PERIOD_ROW - 1);
            period.createCell(0).setCellValue("Previous period");
            number(period, 1, previous.value(), average);
            period.createCell(2).setCellValue("Current period");
            number(period, 3, current.value(), average);
            texts(sheet.createRow(ACTION_HEADER_ROW - 1), 0, ACTION_HEADINGS.toArray(String[]::new));
            for (int action = 1; action <= shape.actionsPerPriority(); action++) {
                writeAction(sheet.createRow(actionRow(action) - 1), priority, action, ratings[action], firstPriority);
            }
            return new double[] {previous.value(), current.value()};
        }

        private void writeIndicator(Row row, int priority, int indicator) {
            int which = (priority * INDICATORS_PER_PRIORITY + indicator) % INDICATORS.length;
            texts(row, 0, String.valueOf(priority), INDICATORS[which], which % 2 == 0 ? "Low is good" : "High is good");
            for (int value = 3; value <= 10; value++) {
                number(row, value, random.nextInt(1000) / 1000.0, percent);
            }
            row.createCell(11).setCellValue(indicator == 1 ? "Sept figure provisional" : "");
            number(row, 12, random.nextInt(1000) / 1000.0, percent);
            row.createCell(13).setCellValue(DIRECTIONS[random.nextInt(DIRECTIONS.length)]);
        }

        private void writeAction(Row row, int priority, int action, int[] ratings, boolean firstPriority) {
            int outcome = (action - 1) / ACTIONS_PER_OUTCOME + 1;
            boolean firstOfOutcome = (action - 1) % ACTIONS_PER_OUTCOME == 0;
            texts(row, 0, String.valueOf(priority),
                    firstOfOutcome ? OUTCOMES[(priority + outcome) % OUTCOMES.length] + " (" + priority + "." + outcome
                            + ")" : "",
                    ACTIONS[(priority + action) % ACTIONS.length] + " (" + priority + "." + action + ")");
            boolean shifted = firstPriority && shape.shiftedRow() && action == SHIFTED_ACTION;
            int column = SUCCESS_MEASURE_COLUMN;
            if (!shifted) {
                row.createCell(column++).setCellValue(MEASURES[action % MEASURES.length]);
            }
            texts(row, column, LEADS[action % LEADS.length], OFFICERS[(priority + action) % OFFICERS.length]);
            column += 2;
            Cell due = row.createCell(column++);
            due.setCellValue(FIRST_DUE_MONTH.plusMonths(action % 12));
            due.setCellStyle(month);
            boolean junk = firstPriority && shape.junkRatings();
            for (int rating = 0; rating < RATINGS; rating++, column++) {
                if (junk && action == TEXT_IN_RATING_ACTION && rating == PREVIOUS_RATING) {
                    row.createCell(column).setCellValue("re");
                } else if (junk && action == DATE_IN_RATING_ACTION && rating == CURRENT_RATING) {
                    Cell date = row.createCell(column);
                    date.setCellValue(LocalDate.of(2018, 5, 3));
                    date.setCellStyle(day);
                } else {
                    row.createCell(column).setCellValue(ratings[rating]);
                }
            }
            row.createCell(column).setCellValue(ratings[CURRENT_RATING] == 0 ? ""
                    : UPDATES[(priority + action) % UPDATES.length]);
        }

        /** Initial, 01/18, 03/18, 05/18: mostly rated 1 to 5, a later period more often not yet (0). */
        private int[] ratings() {
            int[] ratings = new int[RATINGS];
            for (int rating = 0; rating < RATINGS; rating++) {
                ratings[rating] = random.nextInt(10) < rating ? 0 : 1 + random.nextInt(5);
            }
            return ratings;
        }

        private CellStyle style(String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }

        private static void texts(Row row, int from, String... texts) {
            for (int i = 0; i < texts.length; i++) {
                row.createCell(from + i).setCellValue(texts[i]);
            }
        }

        private static void number(Row row, int column, double value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /** The mean of the ratings given, 0 (not yet rated) left out; 0 when none is rated. */
    private static final class Averages {

        private int sum;
        private int count;

        void add(int rating) {
            if (rating > 0) {
                sum += rating;
                count++;
            }
        }

        double value() {
            return count == 0 ? 0 : Math.round(10.0 * sum / count) / 10.0;
        }
    }
}
