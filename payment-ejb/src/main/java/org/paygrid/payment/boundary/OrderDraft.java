package org.paygrid.payment.boundary;

import jakarta.json.JsonObject;
import org.paygrid.payment.entity.OrderId;
import org.paygrid.payment.entity.PaymentAmounts;
import org.paygrid.shared.error.RequestChecks;

/**
 * The order part every payment request carries (key-in, window, billing charge, virtual account), checked the
 * same way everywhere: orderId, orderName, amount, the tax-free part and the merchant's metadata.
 */
public record OrderDraft(String orderId, String orderName, long amount, long taxFreeAmount, String metadataJson) {

    /** The longest orderName, in code points; the requests' schemas say the same. */
    public static final int ORDER_NAME_LENGTH = 100;

    public static OrderDraft parse(String orderId, String orderName, Long amount, Long taxFreeAmount,
                                   JsonObject metadata) {
        String checkedOrderId = OrderId.require(orderId);
        String checkedName = RequestChecks.requiredShownName(orderName, "orderName", ORDER_NAME_LENGTH);
        long checkedAmount = PaymentAmounts.requireValidAmount(amount, "amount");
        long taxFree = taxFreeAmount == null ? 0 : taxFreeAmount;
        if (taxFree < 0 || taxFree > checkedAmount) {
            throw RequestChecks.invalid("taxFreeAmount", "must be within 0..amount");
        }
        return new OrderDraft(checkedOrderId, checkedName, checkedAmount, taxFree, Metadata.toJson(metadata));
    }
}
