package org.paygrid.simulator.provider;

import java.util.Map;
import java.util.Set;

/**
 * How each simulated provider decides, documented for merchants in docs/api-tour.md:
 * easy pay wallets refuse more than 2,000,000 KRW per payment, carriers more than 300,000 KRW (the monthly
 * carrier-billing limit), and a bank account number starting with 999 has no money in it.
 */
public final class ProviderRules {

    public static final Map<String, Set<String>> PROVIDERS = Map.of(
            "EASY_PAY", Set.of("KAKAOPAY", "NAVERPAY", "TOSSPAY", "PAYCO"),
            "TRANSFER", Set.of("04", "11", "20", "81", "88"),
            "MOBILE_PHONE", Set.of("SKT", "KT", "LGU"));

    static final long EASY_PAY_LIMIT = 2_000_000;
    static final long CARRIER_LIMIT = 300_000;

    private ProviderRules() {
    }

    /** A refusal as {code, message}, or null when the provider approves. */
    public static String[] decline(String channel, String customerId, long amount) {
        return switch (channel) {
            case "EASY_PAY" -> amount > EASY_PAY_LIMIT
                    ? new String[] {"EXCEED_MAX_AMOUNT", "The wallet allows at most 2,000,000 KRW per payment"} : null;
            case "MOBILE_PHONE" -> amount > CARRIER_LIMIT
                    ? new String[] {"EXCEED_MAX_AMOUNT", "Carrier billing allows at most 300,000 KRW a month"} : null;
            case "TRANSFER" -> customerId.startsWith("999")
                    ? new String[] {"NOT_ENOUGH_BALANCE", "The account does not hold enough money"} : null;
            default -> new String[] {"INVALID_REQUEST", "Unknown channel " + channel};
        };
    }
}
