package org.paygrid.payment.entity;

import java.time.YearMonth;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/** A card's expiry month; a card is good through the last day of it. */
public record CardExpiry(YearMonth month) {

    /** Accepts two-digit ("27") or four-digit ("2027") years and months 1..12. */
    public static CardExpiry of(String year, String month, YearMonth today) {
        YearMonth expiry;
        try {
            int y = Integer.parseInt(year.trim());
            int m = Integer.parseInt(month.trim());
            expiry = YearMonth.of(y < 100 ? 2000 + y : y, m);
        } catch (RuntimeException e) {
            throw new PaygridException(ErrorCode.INVALID_CARD_EXPIRATION,
                    "cardExpirationYear/cardExpirationMonth: not a valid expiry");
        }
        if (expiry.isBefore(today)) {
            throw new PaygridException(ErrorCode.INVALID_CARD_EXPIRATION, "The card expired in " + expiry);
        }
        return new CardExpiry(expiry);
    }
}
