package org.improvementtracker.exports;

/**
 * One column of an exported table and its field in the document.
 *
 * @param name the column in the database
 * @param type how its value is written
 * @param required whether the document must give a value (the column is not null)
 * @param target for a {@link ColumnType#REFERENCE}, the document field of the table referred to
 */
record Column(String name, ColumnType type, boolean required, String target) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true, null);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, null);
    }

    static Column reference(String name, String target) {
        return new Column(name, ColumnType.REFERENCE, true, target);
    }

    static Column optionalReference(String name, String target) {
        return new Column(name, ColumnType.REFERENCE, false, target);
    }

    /** The field in the document: the column in camel case, without the "_id" of a reference. */
    String field() {
        String base = name.endsWith("_id") ? name.substring(0, name.length() - 3) : name;
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : base.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
