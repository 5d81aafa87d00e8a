package org.improvementtracker.support;

import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises a file given as text (a CSV) that is not text at all: people choose the workbook instead of
 * the CSV they saved from it, or a PDF, or a zip. Knowing which lets the message say what to do instead of
 * listing a screenful of unreadable rows. Looks only at the first bytes.
 */
public final class NotText {

    /** Enough of the start of a file to find a NUL byte, which no CSV has. */
    private static final int SNIFFED = 8 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLD_OFFICE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private NotText() {
    }

    /** What the file is, in words for the person who chose it ("an Excel workbook or other zip file"), if not text. */
    public static Optional<String> kindOf(byte[] file) {
        if (startsWith(file, ZIP)) {
            return Optional.of("an Excel workbook, Word document or zip file");
        }
        if (startsWith(file, OLD_OFFICE)) {
            return Optional.of("an Excel 97-2003 workbook or other Office file");
        }
        if (startsWith(file, PDF)) {
            return Optional.of("a PDF");
        }
        for (int i = 0; i < Math.min(file.length, SNIFFED); i++) {
            if (file[i] == 0) {
                return Optional.of("a program, picture or other file that is not text");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] file, byte[] signature) {
        return file.length >= signature.length
                && Arrays.equals(file, 0, signature.length, signature, 0, signature.length);
    }
}
