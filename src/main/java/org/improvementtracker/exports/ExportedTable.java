package org.improvementtracker.exports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of the organisation as the document holds it: an array named {@code field} of rows in a fixed order,
 * each row its columns in a fixed order. A keyed table's rows are numbered 1..n in that order ({@code "key"}),
 * and other tables refer to them by that number.
 *
 * @param from the table as {@code t}, with whatever it is joined to for its filter and order
 * @param organisation the expression holding the organisation's id
 * @param order the order of the rows; by id (which a restore keeps, as it inserts in document order) or by
 *        username, never by an account's id, which differs from database to database
 */
record ExportedTable(String field, String table, boolean keyed, List<Column> columns, String from, String organisation,
        String order) {

    static ExportedTable keyed(String field, String table, Column... columns) {
        return new ExportedTable(field, table, true, List.of(columns), table + " t", "t.organisation_id", "t.id");
    }

    static ExportedTable plain(String field, String table, Column... columns) {
        return new ExportedTable(field, table, false, List.of(columns), table + " t", "t.organisation_id", "t.id");
    }

    ExportedTable from(String from, String organisation, String order) {
        return new ExportedTable(field, table, keyed, columns, from, organisation, order);
    }

    ExportedTable orderedBy(String order) {
        return new ExportedTable(field, table, keyed, columns, from, organisation, order);
    }

    /** Whether the table has its own organisation_id column (a cross-reference has it through its action). */
    boolean hasOrganisationColumn() {
        return organisation.equals("t.organisation_id");
    }

    /** Its rows in document order: the id first when keyed, then the columns; one parameter, the organisation. */
    String select() {
        String names = columns.stream().map(column -> "t." + column.name()).collect(Collectors.joining(", "));
        return "select " + (keyed ? "t.id, " : "") + names + " from " + from + " where " + organisation + " = ? order by "
                + order;
    }

    /** One row, the organisation first where the table has it. */
    String insert() {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = columns.stream().map(column -> "?").collect(Collectors.joining(", "));
        return hasOrganisationColumn()
                ? "insert into " + table + " (organisation_id, " + names + ") values (?, " + marks + ")"
                : "insert into " + table + " (" + names + ") values (" + marks + ")";
    }

    /** The ids a restore gave the rows, in key order: the organisation held none of them before. */
    String insertedIds() {
        return "select id from " + table + " where organisation_id = ? order by id";
    }
}
