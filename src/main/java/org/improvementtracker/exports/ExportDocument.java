package org.improvementtracker.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What names the document and how its values are written, the same way on H2 and PostgreSQL. */
final class ExportDocument {

    static final String FORMAT = "improvement-tracker/organisation";
    static final int VERSION = 1;

    private ExportDocument() {
    }

    /** UTC, always with seconds, fractions only as far as the database keeps them. */
    static String timestamp(OffsetDateTime at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.toInstant());
    }

    static OffsetDateTime timestamp(String text) {
        return Instant.parse(text).atOffset(ZoneOffset.UTC);
    }

    /** numeric(14,4) reads back as 12.5000 from PostgreSQL and may read as 12.5 from H2: both write "12.5". */
    static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
