package org.improvementtracker.support;

/**
 * Text written into files that people open in Excel. A cell starting with =, +, -, @, a tab or a
 * carriage return is read by spreadsheets as a formula, which can run commands or leak data (CSV
 * injection), so such text is written with a leading apostrophe, as OWASP advises, and read back
 * without it. Text that already starts with apostrophes before such a character gets one more, so
 * that reading back always gives what was typed.
 *
 * <p>API: {@link #neutralised(String)} for writing; {@link #restored(String)} for reading what we wrote;
 * {@link #looksLikeFormula(String)} for files that can mark a text cell as text instead.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text, with an apostrophe before it when a spreadsheet would take it for a formula; null stays null. */
    public static String neutralised(String text) {
        return needsApostrophe(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would read the text as a formula (after any apostrophes it starts with). */
    public static boolean looksLikeFormula(String text) {
        return needsApostrophe(text);
    }

    /** Undoes {@link #neutralised}: the apostrophe it added is dropped. */
    public static String restored(String text) {
        return text != null && text.startsWith("'") && needsApostrophe(text.substring(1)) ? text.substring(1) : text;
    }

    /** Whether the text, after any apostrophes it starts with, starts with a formula character. */
    private static boolean needsApostrophe(String text) {
        if (text == null) {
            return false;
        }
        int at = 0;
        while (at < text.length() && text.charAt(at) == '\'') {
            at++;
        }
        return at < text.length() && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
    }
}
