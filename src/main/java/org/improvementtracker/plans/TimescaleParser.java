package org.improvementtracker.plans;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a due date from a plan's timescale text. Plans write timescales as prose ("Workshop by
 * June 2013.", "i) Dec 13.", "Oct - Nov 2013"), so the text is scanned for date-like pieces
 * rather than matched as a whole. The text is usable when it holds exactly one date, or one range
 * (whose end is the due date). Anything vaguer or more than that is flagged with a reason, never
 * guessed: the plan owner can see the text and set the date by hand.
 *
 * <p>Rules: a month means its last day; two-digit years are 20xx; "Q1".."Q4" need a financial
 * year (April to March); numeric dates are day/month unless only month/day fits; a date outside
 * 1990 to 2100 is a slip ("Dec 2103", "31/12/0001"), not a due date.
 */
public final class TimescaleParser {

    // Full names, three letters or "Sept", in any case; a digit may follow at once ("Sept13").
    private static final String MONTH =
            "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";
    // "Dec 13", "Sept.13", "Apr-18", "Dec '13"; the year is optional so that "September" alone is
    // still seen, as a date without a year.
    private static final String MONTH_AND_YEAR = MONTH + "(?:[\\s.,'’-]*(?<year>\\d+)\\b)?";

    private static final Pattern ISO_DATE =
            pattern("\\b(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\b");
    private static final Pattern NUMERIC_DATE =
            pattern("\\b(?<first>\\d{1,2})/(?<second>\\d{1,2})/(?<year>\\d{4}|\\d{2})\\b");
    private static final Pattern QUARTER = pattern(
            "\\bq(?<quarter>[1-4])\\b(?:\\s*(?<from>\\d{4})(?:\\s*[/-]\\s*(?<to>\\d{4}|\\d{2}))?\\b)?");
    private static final Pattern DAY_MONTH_YEAR =
            pattern("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_AND_YEAR);
    private static final Pattern MONTH_YEAR = pattern("\\b" + MONTH_AND_YEAR);
    private static final Pattern SEASON =
            pattern("\\b(?:spring|summer|autumn|winter)\\b(?:[\\s'’-]*\\d+(?:/\\d+)?\\b)?");
    // A year or a span of years: "2013", "2015-16", "2014/15".
    private static final Pattern YEARS =
            pattern("\\b(?:19|20)\\d{2}(?:\\s*[/-]\\s*\\d{2}(?:\\d{2})?)?\\b");

    // Words that may sit around the dates of a range without changing it: "between the start of
    // December 2014 and end of May 2015".
    private static final String FILLER = "\\b(?:the|start|beginning|middle|end|early|mid|late|of)\\b";
    private static final Pattern FILLER_WORDS = pattern(FILLER);
    private static final Pattern RANGE_SEPARATOR = pattern("-|–|—|/|to|until|till|through");
    // "and" joins a range only after "between"; otherwise "Jan 14 and March 14" is two dates.
    private static final Pattern RANGE_OPENER = pattern("\\bbetween(?:\\s|" + FILLER + ")*$");
    // How far before a range "between" is looked for: far enough for any run of filler words, and a
    // bound, so that a long cell of "Dec 13 and Dec 13 and …" is not scanned from its start at every "and".
    private static final int RANGE_OPENER_REACH = 100;

    private static final String ON_GOING = "on[\\s-]?going";
    private static final Pattern ONGOING = pattern("\\b" + ON_GOING + "\\b");
    private static final Pattern NOT_A_DATE =
            pattern("\\b(?:tb[acd]|to be (?:confirmed|agreed|decided)|immediate(?:ly)?|asap|" + ON_GOING + ")\\b");
    // Several actions in one cell are numbered "1)", "(2)": those numbers are not dates.
    private static final Pattern NUMBERED_MARKER = pattern("\\(?\\b\\d{1,2}\\)");
    private static final Pattern STRAY_NUMBER = pattern("\\b\\d+(?:[/.]\\d+)*");

    /** Tried in this order when two forms match at the same place: the more specific first. */
    private static final List<Form> FORMS = List.of(
            new Form(ISO_DATE, TimescaleParser::isoDate),
            new Form(NUMERIC_DATE, TimescaleParser::numericDate),
            new Form(QUARTER, TimescaleParser::quarter),
            new Form(DAY_MONTH_YEAR, TimescaleParser::dayMonthYear),
            new Form(MONTH_YEAR, TimescaleParser::monthYear),
            new Form(SEASON, matcher -> Mention.unclear(matcher, "\"%s\" is a season, not a date")),
            new Form(YEARS, matcher -> Mention.unclear(matcher, "\"%s\" gives no month")));

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private static final String SEVERAL_DATES = "Several dates without a range";
    private static final String NOT_RECOGNISED = "\"%s\" is not a recognised date";
    private static final String NOT_VALID = "\"%s\" is not a valid date";
    private static final String NO_YEAR = "\"%s\" has no year";
    private static final String UNLIKELY_YEAR =
            "\"%s\" is not in a year a plan could be due: dates from " + FIRST_YEAR + " to " + LAST_YEAR + " are read";

    private TimescaleParser() {
    }

    public static Timescale parse(String text) {
        if (text == null || text.isBlank()) {
            return Timescale.blank(text);
        }
        // Word and PDF text often has no-break spaces between day, month and year; same length,
        // so positions found in the copy hold for the original.
        String scanned = text.replace('\u00a0', ' ');
        boolean ongoing = ONGOING.matcher(scanned).find();
        List<Mention> items = joinRanges(scanned, mentions(scanned));
        if (severalDates(items)) {
            return Timescale.unparsed(text, ongoing, SEVERAL_DATES);
        }
        Optional<String> stray = strayNumber(scanned, items);
        if (stray.isPresent()) {
            return Timescale.unparsed(text, ongoing, NOT_RECOGNISED.formatted(stray.get()));
        }
        if (items.isEmpty()) {
            return Timescale.unparsed(text, ongoing, withoutDateProblem(scanned));
        }
        Mention item = items.get(0);
        return item.date() != null
                ? Timescale.due(text, item.date(), ongoing)
                : Timescale.unparsed(text, ongoing, item.problem());
    }

    /**
     * The date-like pieces from left to right, the earliest form's match each time. Each form's next match
     * is kept until the scan passes it, so a long cell is scanned about once per form rather than once per
     * piece found.
     */
    private static List<Mention> mentions(String text) {
        Matcher[] matchers = new Matcher[FORMS.size()];
        boolean[] matched = new boolean[FORMS.size()];
        for (int form = 0; form < matchers.length; form++) {
            matchers[form] = FORMS.get(form).pattern().matcher(text);
            matched[form] = matchers[form].find();
        }
        List<Mention> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int earliest = -1;
            for (int form = 0; form < matchers.length; form++) {
                if (matched[form] && matchers[form].start() < from) {
                    matched[form] = matchers[form].find(from);
                }
                if (matched[form] && (earliest < 0 || matchers[form].start() < matchers[earliest].start())) {
                    earliest = form;
                }
            }
            if (earliest < 0) {
                return found;
            }
            Mention mention = FORMS.get(earliest).reader().apply(matchers[earliest]);
            found.add(mention);
            from = mention.end();
        }
    }

    private static Mention isoDate(Matcher matcher) {
        return Mention.of(matcher,
                validDate(number(matcher, "year"), number(matcher, "month"), number(matcher, "day")));
    }

    private static Mention numericDate(Matcher matcher) {
        int first = number(matcher, "first");
        int second = number(matcher, "second");
        int year = fullYear(matcher.group("year")).orElseThrow();
        // An English product: day/month unless only the American month/day reading fits.
        boolean monthFirst = first <= 12 && second > 12;
        return Mention.of(matcher, monthFirst ? validDate(year, first, second) : validDate(year, second, first));
    }

    private static Mention quarter(Matcher matcher) {
        if (matcher.group("from") == null) {
            return Mention.unclear(matcher, NO_YEAR);
        }
        if (matcher.group("to") == null) {
            return Mention.unclear(matcher, "\"%s\" could be a calendar or a financial quarter");
        }
        int from = number(matcher, "from");
        if (!isFinancialYear(from, matcher.group("to"))) {
            return Mention.unclear(matcher, NOT_VALID);
        }
        // Q1 is April to June of the first year; Q4 is January to March of the second.
        YearMonth lastMonth = YearMonth.of(from, Month.APRIL).plusMonths(3L * number(matcher, "quarter") - 1);
        return Mention.dated(matcher, lastMonth.atEndOfMonth());
    }

    private static Mention monthYear(Matcher matcher) {
        Month month = monthNamed(matcher.group("month"));
        return withYear(matcher, year -> Optional.of(YearMonth.of(year, month).atEndOfMonth()));
    }

    private static Mention dayMonthYear(Matcher matcher) {
        Month month = monthNamed(matcher.group("month"));
        return withYear(matcher, year -> validDate(year, month.getValue(), number(matcher, "day")));
    }

    private static Mention withYear(Matcher matcher, Function<Integer, Optional<LocalDate>> dateInYear) {
        String year = matcher.group("year");
        return year == null
                ? Mention.unclear(matcher, NO_YEAR)
                : Mention.of(matcher, fullYear(year).flatMap(dateInYear));
    }

    /** Two-digit years are this century's; other lengths are not years. */
    private static Optional<Integer> fullYear(String digits) {
        return switch (digits.length()) {
            case 2 -> Optional.of(2000 + Integer.parseInt(digits));
            case 4 -> Optional.of(Integer.parseInt(digits));
            default -> Optional.empty();
        };
    }

    /** "2013/14" and "2013/2014" name a financial year; "2013/15" does not. */
    private static boolean isFinancialYear(int from, String to) {
        int next = from + 1;
        return Integer.parseInt(to) == (to.length() == 2 ? next % 100 : next);
    }

    private static Month monthNamed(String name) {
        String prefix = name.substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().substring(0, 3).equalsIgnoreCase(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }

    private static Optional<LocalDate> validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || !YearMonth.of(year, month).isValidDay(day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static int number(Matcher matcher, String group) {
        return Integer.parseInt(matcher.group(group));
    }

    /** Folds "Sept 13 - Jan 14" into one item: what stands after the separator decides. */
    private static List<Mention> joinRanges(String text, List<Mention> mentions) {
        List<Mention> items = new ArrayList<>();
        for (Mention mention : mentions) {
            int last = items.size() - 1;
            if (last >= 0 && joinsRange(text, items.get(last), mention)) {
                items.set(last, range(text, items.get(last), mention));
            } else {
                items.add(mention);
            }
        }
        return items;
    }

    /** The same date twice ("i) Dec 13. ii) Dec 13.") is still one date. */
    private static boolean severalDates(List<Mention> items) {
        return items.size() > 1
                && (items.get(0).date() == null || items.stream().map(Mention::date).distinct().count() > 1);
    }

    private static boolean joinsRange(String text, Mention start, Mention end) {
        String separator = withoutFillers(text.substring(start.end(), end.start()));
        return RANGE_SEPARATOR.matcher(separator).matches()
                || (separator.equalsIgnoreCase("and")
                        && opensRange(text, start.start()));
    }

    private static Mention range(String text, Mention start, Mention end) {
        boolean backwards = start.date() != null && end.date() != null && end.date().isBefore(start.date());
        if (backwards) {
            String range = text.substring(start.start(), end.end());
            return new Mention(start.start(), end.end(), null, "\"%s\" ends before it starts".formatted(range));
        }
        return new Mention(start.start(), end.end(), end.date(), end.problem());
    }

    /** Whether "between" and only filler words stand just before this point: "between the start of". */
    private static boolean opensRange(String text, int at) {
        Matcher opener = RANGE_OPENER.matcher(text);
        opener.region(Math.max(0, at - RANGE_OPENER_REACH), at);
        opener.useTransparentBounds(true);
        return opener.find();
    }

    private static String withoutFillers(String text) {
        return FILLER_WORDS.matcher(text).replaceAll("").strip();
    }

    /** A number outside any date ("14. Nov 13") leaves the reading in doubt. */
    private static Optional<String> strayNumber(String text, List<Mention> items) {
        StringBuilder rest = new StringBuilder(text);
        for (Mention item : items) {
            for (int at = item.start(); at < item.end(); at++) {
                rest.setCharAt(at, ' ');
            }
        }
        Matcher stray = STRAY_NUMBER.matcher(NUMBERED_MARKER.matcher(rest).replaceAll(" "));
        return stray.find() ? Optional.of(stray.group()) : Optional.empty();
    }

    private static String withoutDateProblem(String text) {
        Matcher notADate = NOT_A_DATE.matcher(text);
        return notADate.find() ? "\"%s\" is not a date".formatted(notADate.group()) : "No date found";
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private record Form(Pattern pattern, Function<Matcher, Mention> reader) {
    }

    /** One date-like piece of the text, with the date it gives or why it gives none. */
    private record Mention(int start, int end, LocalDate date, String problem) {

        static Mention dated(Matcher matcher, LocalDate date) {
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                return unclear(matcher, UNLIKELY_YEAR);
            }
            return new Mention(matcher.start(), matcher.end(), date, null);
        }

        static Mention unclear(Matcher matcher, String problemFormat) {
            return new Mention(matcher.start(), matcher.end(), null, problemFormat.formatted(matcher.group()));
        }

        static Mention of(Matcher matcher, Optional<LocalDate> date) {
            return date.map(valid -> dated(matcher, valid)).orElseGet(() -> unclear(matcher, NOT_VALID));
        }
    }
}
