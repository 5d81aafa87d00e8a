package org.improvementtracker.indicators.web;

import java.math.BigDecimal;

import org.improvementtracker.indicators.Figures;

/** One month's figures: the value, or the numerator and denominator; a note; the version read, if any. */
record ValueRequest(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String note, Integer version) {

    Figures figures() {
        return new Figures(value, numerator, denominator, note == null || note.isBlank() ? null : note.strip());
    }
}
