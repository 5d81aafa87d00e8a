package org.improvementtracker.reports.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, not "History" (Excel keeps it for itself), and unique ignoring case. Names are reserved
 * first for the fixed sheets, so a section called "Glossary" cannot take the glossary's name.
 */
final class SheetNames {

    private static final int LONGEST = 31;

    private final Set<String> taken = new HashSet<>();

    void reserve(String... names) {
        for (String name : names) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A safe name, made from the one wanted, that no sheet has or has reserved. */
    String unique(String wanted) {
        String spaced = (wanted == null ? "" : wanted).replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        String safe = spaced.isEmpty() ? "Sheet" : WorkbookUtil.createSafeSheetName(spaced, ' ').strip();
        if (safe.equalsIgnoreCase("history")) {
            safe = "Sheet " + safe;
        }
        String name = safe;
        for (int copy = 2; taken.contains(name.toLowerCase(Locale.ROOT)); copy++) {
            String suffix = " (" + copy + ")";
            name = safe.substring(0, Math.min(safe.length(), LONGEST - suffix.length())).strip() + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
