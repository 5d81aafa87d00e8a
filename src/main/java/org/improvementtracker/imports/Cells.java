package org.improvementtracker.imports;

import java.util.List;

/** The same tidying of cell text for every reader, so that a cell reads alike from Word, Excel and CSV. */
final class Cells {

    private Cells() {
    }

    /** Windows and old Mac line endings become "\n"; spaces around the whole text go. */
    static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The row without its trailing blank cells, which carry nothing and make ragged rows look wider. */
    static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }
}
