package org.improvementtracker.reports.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages in the application's log (logger "com.openhtmltopdf.<area>") instead of its
 * own console output. Its INFO lines come with every document (timings, fonts loaded), so they are
 * logged at DEBUG; its warnings stay warnings.
 */
final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable thrown) {
        Logger log = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error(message, thrown);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn(message, thrown);
        } else {
            log.debug(message, thrown);
        }
    }

    /** Levels are the application's logging configuration's to set. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
