package org.paygrid.payment.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.time.ClockProducer;

/**
 * What staff search payments by: any merchant, both modes. Blank text means "any". Dates are whole days in
 * Asia/Seoul over {@code requestedAt}, {@code to} included. The card is matched by its last four digits only:
 * the masked number is all the platform keeps, and staff never type a full card number into a search box.
 * Kept apart from the boundary so that the JPQL it writes can be tested without a database; serializable because
 * the console keeps the last search in its view.
 */
public record StaffPaymentFilter(String orderId, String paymentKeyPrefix, String merchantId, PaymentStatus status,
                                 PaymentMethod method, Mode mode, LocalDate from, LocalDate to, String cardLast4)
        implements Serializable {

    public StaffPaymentFilter {
        orderId = blankToNull(orderId);
        paymentKeyPrefix = blankToNull(paymentKeyPrefix);
        merchantId = blankToNull(merchantId);
        cardLast4 = blankToNull(cardLast4);
        if (cardLast4 != null && !cardLast4.matches("\\d{4}")) {
            throw RequestChecks.invalid("cardLast4", "must be the last 4 digits of the card");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw RequestChecks.invalid("from", "must not be after to");
        }
    }

    public static StaffPaymentFilter none() {
        return new StaffPaymentFilter(null, null, null, null, null, null, null, null, null);
    }

    /** The condition on {@code Payment p}, starting with " where 1 = 1" so callers can append their own. */
    public String where() {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        parameters().keySet().forEach(name -> jpql.append(CONDITIONS.get(name)));
        return jpql.toString();
    }

    /** The parameters {@link #where()} names, in the same order. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        put(parameters, "orderId", orderId);
        put(parameters, "keyPrefix", paymentKeyPrefix == null ? null : escapeLike(paymentKeyPrefix) + "%");
        put(parameters, "merchantId", merchantId);
        put(parameters, "status", status);
        put(parameters, "method", method);
        put(parameters, "mode", mode);
        put(parameters, "from", from == null ? null : startOf(from));
        put(parameters, "to", to == null ? null : startOf(to.plusDays(1)));
        put(parameters, "cardLast4", cardLast4 == null ? null : "%" + cardLast4);
        return parameters;
    }

    private static final Map<String, String> CONDITIONS = Map.of(
            "orderId", " and p.orderId = :orderId",
            "keyPrefix", " and p.paymentKey like :keyPrefix escape '\\'",
            "merchantId", " and p.merchantId = :merchantId",
            "status", " and p.status = :status",
            "method", " and p.method = :method",
            "mode", " and p.mode = :mode",
            "from", " and p.requestedAt >= :from",
            "to", " and p.requestedAt < :to",
            "cardLast4", " and p.cardNumberMasked like :cardLast4");

    private static void put(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockProducer.SEOUL).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
