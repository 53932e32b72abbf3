package org.paygrid.simulator.card;

import java.util.Comparator;
import java.util.Map;

/**
 * Which Korean card company issues a card, by the longest matching prefix of its number (BIN), with the
 * two-character company codes Korean PGs use: 11 KB국민, 21 하나, 31 BC, 41 신한, 51 삼성, 61 현대, 71 롯데, 91 NH농협.
 */
public final class BinTable {

    /** A card company's view of a card. */
    public record Issuer(String issuerCode, String acquirerCode, String cardType) {
    }

    private static final Issuer DEFAULT = new Issuer("31", "31", "CREDIT");

    private static final Map<String, Issuer> PREFIXES = Map.of(
            "433012", new Issuer("41", "41", "CREDIT"),
            "540926", new Issuer("11", "11", "CREDIT"),
            "949019", new Issuer("51", "51", "CREDIT"),
            "9410", new Issuer("31", "31", "CHECK"),
            "5570", new Issuer("61", "61", "CREDIT"),
            "4000", new Issuer("61", "61", "CREDIT"),
            "9999", new Issuer("71", "71", "GIFT"),
            "356901", new Issuer("21", "21", "CREDIT"),
            "524353", new Issuer("91", "91", "CHECK"));

    private BinTable() {
    }

    public static Issuer issuerOf(String cardNumber) {
        return PREFIXES.entrySet().stream()
                .filter(entry -> cardNumber.startsWith(entry.getKey()))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(DEFAULT);
    }
}
