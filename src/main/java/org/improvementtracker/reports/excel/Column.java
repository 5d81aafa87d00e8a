package org.improvementtracker.reports.excel;

/** A table's column: its heading and a width, in characters, that reads without resizing. */
record Column(String heading, int width) {

    static Column narrow(String heading) {
        return new Column(heading, 14);
    }

    static Column medium(String heading) {
        return new Column(heading, 24);
    }

    static Column wide(String heading) {
        return new Column(heading, 48);
    }
}
