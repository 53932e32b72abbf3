package org.paygrid.console.security;

/** A screen's bean was reached by a role the screen is not for (the filter should have stopped it first). */
public class ConsoleAccessDenied extends SecurityException {

    public ConsoleAccessDenied(String message) {
        super(message);
    }
}
