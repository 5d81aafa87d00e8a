package org.improvementtracker.exports;

/**
 * How a column is written in the document. References never carry a database id: {@link #REFERENCE} holds the
 * document key of a row of another table, {@link #ACCOUNT} the account's username.
 */
enum ColumnType {
    TEXT, INTEGER, BOOLEAN, DATE, TIMESTAMP, DECIMAL, REFERENCE, ACCOUNT
}
