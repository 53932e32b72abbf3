package org.paygrid.payment.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.time.ClockProducer;

/**
 * The filters of {@code GET /v1/payments}: a requested-at range (dates in Asia/Seoul or timestamps), a status,
 * a page size 1..100 and a cursor. The cursor is the position after the last item shown (time and key), so pages
 * stay stable while new payments arrive.
 */
public record PaymentListQuery(Instant from, Instant to, PaymentStatus status, int limit, Instant afterTime,
                               String afterKey) {

    public static PaymentListQuery parse(String from, String to, String status, String limit, String cursor) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? 20 : Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > 100) {
            throw RequestChecks.invalid("limit", "must be 1..100");
        }
        PaymentStatus wanted = RequestChecks.optionalEnum(status, "status", PaymentStatus.class);
        Instant afterTime = null;
        String afterKey = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
                afterTime = Instant.parse(parts[0]);
                afterKey = parts[1];
            } catch (RuntimeException e) {
                throw RequestChecks.invalid("cursor", "not a cursor this server gave out");
            }
        }
        return new PaymentListQuery(bound(from, "from", false), bound(to, "to", true), wanted, size, afterTime, afterKey);
    }

    public static String cursorAfter(Instant requestedAt, String paymentKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((requestedAt + "|" + paymentKey).getBytes(StandardCharsets.UTF_8));
    }

    /** A date means its whole day in Asia/Seoul: {@code to=2026-11-22} includes that day. */
    private static Instant bound(String value, String field, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ClockProducer.SEOUL).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw RequestChecks.invalid(field, "must be yyyy-MM-dd or an ISO-8601 timestamp with offset");
        }
    }
}
