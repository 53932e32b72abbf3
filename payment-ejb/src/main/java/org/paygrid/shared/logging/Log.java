package org.paygrid.shared.logging;

import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application's logger: java.util.logging underneath (Payara's log handlers, levels and rotation), with the
 * {@link LogContext} of the writing thread attached to every record as a map parameter, which Payara's JSON log
 * formatter writes out as fields of the line ({@code traceId}, {@code merchantId}, {@code paymentKey}). The
 * context is taken when the line is written, on the writing thread: the file handler formats later, on its own.
 * Messages are built only when their level is on.
 */
public final class Log {

    private final Logger logger;

    private Log(Logger logger) {
        this.logger = logger;
    }

    public static Log of(Class<?> owner) {
        return new Log(Logger.getLogger(owner.getName()));
    }

    public void info(Supplier<String> message) {
        write(Level.INFO, message, null);
    }

    public void warning(Supplier<String> message) {
        write(Level.WARNING, message, null);
    }

    public void warning(Supplier<String> message, Throwable thrown) {
        write(Level.WARNING, message, thrown);
    }

    public void severe(Supplier<String> message) {
        write(Level.SEVERE, message, null);
    }

    public void severe(Supplier<String> message, Throwable thrown) {
        write(Level.SEVERE, message, thrown);
    }

    public void fine(Supplier<String> message, Throwable thrown) {
        write(Level.FINE, message, thrown);
    }

    private void write(Level level, Supplier<String> message, Throwable thrown) {
        if (!logger.isLoggable(level)) {
            return;
        }
        LogRecord record = new LogRecord(level, message.get());
        record.setLoggerName(logger.getName());
        record.setSourceClassName(logger.getName());
        record.setThrown(thrown);
        Map<String, String> fields = LogContext.fields();
        if (!fields.isEmpty()) {
            record.setParameters(new Object[] {fields});
        }
        logger.log(record);
    }
}
