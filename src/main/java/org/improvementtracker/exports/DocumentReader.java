package org.improvementtracker.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.improvementtracker.support.InvalidInputException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads the document in the order it was written, one row at a time, and turns each field into the value a
 * column takes. Every problem is an {@link InvalidInputException} naming where: {@code actions[12].dueDate}.
 */
final class DocumentReader {

    private final JsonParser parser;

    DocumentReader(JsonParser parser) {
        this.parser = parser;
    }

    void startDocument() {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw problem("format", "The document must be a JSON object, as an export writes it");
        }
    }

    /** The next field must be this one: a restore reads tables in the order they refer to one another. */
    void field(String expected) {
        String name = parser.nextName();
        if (!expected.equals(name)) {
            throw problem(name == null ? expected : name, "Expected \"" + expected + "\" here"
                    + (name == null ? "" : ", found \"" + name + "\"") + ": the fields come in the order an export writes them");
        }
        parser.nextToken();
    }

    void endDocument() {
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw problem(String.valueOf(parser.currentName()), "Nothing may follow the last table");
        }
    }

    String string(String field) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw problem(field, "Must be text");
        }
        return parser.getString();
    }

    int integer(String field) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw problem(field, "Must be a whole number");
        }
        return parser.getIntValue();
    }

    JsonNode object(String field) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem(field, "Must be an object");
        }
        return parser.readValueAsTree();
    }

    void startArray(String field) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw problem(field, "Must be an array of rows");
        }
    }

    /** The next row of the array, or null after its last. */
    JsonNode nextRow(String field) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return null;
        }
        return object(field);
    }

    /** The row has exactly these fields (an unknown one is a mistake rather than something to drop). */
    static void hasFields(JsonNode row, String path, List<String> fields) {
        for (String name : row.propertyNames()) {
            if (!fields.contains(name)) {
                throw problem(path + "." + name, "Not a field of this table");
            }
        }
        for (String name : fields) {
            if (!row.has(name)) {
                throw problem(path + "." + name, "Missing");
            }
        }
    }

    /**
     * The value for a column: null, or of the column's type.
     *
     * @param keys the ids restored so far, by table, each in key order
     * @param accounts account ids by username
     */
    static Object value(JsonNode node, Column column, String path, Map<String, long[]> keys,
            Map<String, Long> accounts) {
        if (node.isNull()) {
            if (column.required()) {
                throw problem(path, "Required");
            }
            return null;
        }
        try {
            switch (column.type()) {
                case TEXT:
                    return text(node, path);
                case INTEGER:
                    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                        throw problem(path, "Must be a whole number");
                    }
                    return node.intValue();
                case BOOLEAN:
                    if (!node.isBoolean()) {
                        throw problem(path, "Must be true or false");
                    }
                    return node.booleanValue();
                case DATE:
                    return LocalDate.parse(text(node, path));
                case TIMESTAMP:
                    return ExportDocument.timestamp(text(node, path));
                case DECIMAL:
                    return node.isNumber() ? node.decimalValue() : new BigDecimal(text(node, path));
                case REFERENCE:
                    return restoredId(node, column, path, keys.get(column.target()));
                case ACCOUNT:
                    Long id = accounts.get(text(node, path));
                    if (id == null) {
                        throw problem(path, "No account with username \"" + node.stringValue() + "\" in accounts");
                    }
                    return id;
                default:
                    throw new IllegalStateException("Unknown column type " + column.type());
            }
        } catch (DateTimeParseException | NumberFormatException badValue) {
            throw problem(path, "Not a valid " + column.type().name().toLowerCase() + ": " + node.asString());
        }
    }

    private static long restoredId(JsonNode node, Column column, String path, long[] ids) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw problem(path, "Must be the key of a row of " + column.target());
        }
        int key = node.intValue();
        if (key < 1 || key > ids.length) {
            throw problem(path, "No row of " + column.target() + " has key " + key);
        }
        return ids[key - 1];
    }

    private static String text(JsonNode node, String path) {
        if (!node.isString()) {
            throw problem(path, "Must be text");
        }
        return node.stringValue();
    }

    static InvalidInputException problem(String field, String message) {
        return new InvalidInputException(field, message);
    }
}
