package org.paygrid.webhook.entity;

/**
 * What one attempt got: the HTTP status (null when no answer came: timeout, refused connection...), or the error,
 * how long it took and the start of the response body. Only a 2xx counts as delivered.
 */
public record AttemptResult(Integer httpStatus, String error, long latencyMs, String responseExcerpt) {

    /** What staff see of a response: enough to recognise it, never a whole page. */
    public static final int EXCERPT_CHARS = 1000;

    public AttemptResult {
        if (responseExcerpt != null && responseExcerpt.length() > EXCERPT_CHARS) {
            responseExcerpt = responseExcerpt.substring(0, EXCERPT_CHARS);
        }
        if (error != null && error.length() > 300) {
            error = error.substring(0, 300);
        }
    }

    public static AttemptResult answered(int httpStatus, long latencyMs, String responseExcerpt) {
        return new AttemptResult(httpStatus, null, latencyMs, responseExcerpt);
    }

    public static AttemptResult noAnswer(String error, long latencyMs) {
        return new AttemptResult(null, error, latencyMs, null);
    }

    public boolean delivered() {
        return delivered(httpStatus);
    }

    /** Only a 2xx counts as delivered (contract section 7); no answer is none. */
    public static boolean delivered(Integer httpStatus) {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    /** 410 Gone: the receiver says the endpoint is gone for good (Standard Webhooks): stop sending to it. */
    public boolean gone() {
        return httpStatus != null && httpStatus == 410;
    }
}
