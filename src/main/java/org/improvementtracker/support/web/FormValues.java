package org.improvementtracker.support.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.validation.Errors;

/**
 * Typed values from what people type into text inputs. Forms keep the raw text, so a bad entry is
 * shown back with a message naming the field instead of being lost.
 */
public final class FormValues {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormValues() {
    }

    /** Checks a date field; rejects it against the field when it is not a real date. */
    public static void checkDate(Errors errors, String field, String text, String label) {
        if (!isBlank(text) && date(text) == null) {
            errors.rejectValue(field, "date", label + " must be a real date, for example 31/03/2026");
        }
    }

    public static void checkNumber(Errors errors, String field, String text, String label) {
        if (!isBlank(text) && number(text) == null) {
            errors.rejectValue(field, "number", label + " must be a number, for example 80 or 12.5");
        }
    }

    /** 31/3/2026 or 2026-03-31; null when blank or not a real date. */
    public static LocalDate date(String text) {
        if (isBlank(text)) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, UK_DATE);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    public static BigDecimal number(String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public static String text(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    public static String text(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** Blank text is stored as null, so "no value" has one representation. */
    public static String nullIfBlank(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
