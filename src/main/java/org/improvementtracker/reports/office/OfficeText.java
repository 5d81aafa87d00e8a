package org.improvementtracker.reports.office;

import java.util.Arrays;
import java.util.List;

/**
 * User text made safe for Word and Excel files. Text pasted from Word carries control characters
 * (vertical tabs for line breaks, form feeds) that XML 1.0 cannot hold, so they become line breaks or
 * go; everything else, markup, right-to-left text and emoji included, is kept as typed.
 */
public final class OfficeText {

    private OfficeText() {
    }

    /** The text with one kind of line break ({@code \n}) and no control characters but tab; null is "". */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n').replace('\f', '\n');
        StringBuilder kept = new StringBuilder(lines.length());
        lines.codePoints().filter(c -> c == '\n' || c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The text's lines, as typed; one empty line for no text. */
    public static List<String> lines(String text) {
        return Arrays.asList(clean(text).split("\n", -1));
    }
}
