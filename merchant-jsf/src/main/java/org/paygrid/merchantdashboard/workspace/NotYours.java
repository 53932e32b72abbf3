package org.paygrid.merchantdashboard.workspace;

/** Something of a merchant the person is not a member of, or may not do as their role: the access-denied page. */
public class NotYours extends RuntimeException {

    public NotYours(String message) {
        super(message);
    }
}
