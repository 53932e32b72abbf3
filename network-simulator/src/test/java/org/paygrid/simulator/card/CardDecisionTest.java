package org.paygrid.simulator.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.paygrid.simulator.card.CardDecision.Approve;
import org.paygrid.simulator.card.CardDecision.Hold;
import org.paygrid.simulator.card.CardDecision.Decline;
import org.paygrid.simulator.card.CardDecision.Invalid;
import org.paygrid.simulator.card.CardDecision.Outcome;
import org.paygrid.simulator.card.CardDecision.ProviderError;

class CardDecisionTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    private static Outcome decide(String card, long amount, int months, int year, int month) {
        return CardDecision.decide(new CardRequest("auth_1", card, year, month, amount, "KRW", months), NOW);
    }

    private static Outcome decide(String card) {
        return decide(card, 10_000, 0, 2030, 12);
    }

    @Test
    void approvesOtherValidCardsWithTheirIssuer() {
        assertThat(decide("4330123456789018")).isEqualTo(new Approve(new BinTable.Issuer("41", "41", "CREDIT"), false, Hold.NONE));
    }

    @Test
    void answersTheContractsTestCards() {
        assertThat(decide("4000000000000002")).isEqualTo(new Decline("REJECT_CARD_COMPANY", "The card company declined the payment"));
        assertThat(decide("4000000000009995")).isInstanceOf(Decline.class)
                .extracting(o -> ((Decline) o).code()).isEqualTo("NOT_ENOUGH_BALANCE");
        assertThat(decide("4000000000000119")).isInstanceOf(ProviderError.class);
        assertThat(decide("4000000000000259")).isInstanceOf(Approve.class).extracting(o -> ((Approve) o).hold())
                .isEqualTo(Hold.ANSWER);
        assertThat(decide("4000000000000267")).isInstanceOf(Approve.class).extracting(o -> ((Approve) o).hold())
                .isEqualTo(Hold.ARRIVAL);
    }

    @Test
    void refusesLuhnInvalidAndExpiredCards() {
        assertThat(decide("4000000000000001")).isInstanceOf(Invalid.class)
                .extracting(o -> ((Invalid) o).code()).isEqualTo("INVALID_CARD_NUMBER");
        assertThat(decide("4330123456789018", 10_000, 0, 2026, 10)).isInstanceOf(Invalid.class)
                .extracting(o -> ((Invalid) o).code()).isEqualTo("INVALID_CARD_EXPIRATION");
        assertThat(decide("4330123456789018", 10_000, 0, 2026, 11)).isInstanceOf(Approve.class);
    }

    @Test
    void installmentsNeedFiftyThousandAndTwoToTwelveMonthsAndAreInterestFreeUpToThree() {
        assertThat(decide("4330123456789018", 49_999, 3, 2030, 1)).isInstanceOf(Invalid.class);
        assertThat(decide("4330123456789018", 50_000, 13, 2030, 1)).isInstanceOf(Invalid.class);
        assertThat(decide("4330123456789018", 50_000, 3, 2030, 1)).extracting(o -> ((Approve) o).interestFree()).isEqualTo(true);
        assertThat(decide("4330123456789018", 50_000, 6, 2030, 1)).extracting(o -> ((Approve) o).interestFree()).isEqualTo(false);
    }

    @Test
    void refusesRequestsWithoutReferenceOrAmount() {
        assertThat(CardDecision.decide(new CardRequest(null, "4330123456789018", 2030, 1, 1000L, "KRW", 0), NOW))
                .isInstanceOf(Invalid.class);
        assertThat(CardDecision.decide(new CardRequest("a", "4330123456789018", 2030, 1, 0L, "KRW", 0), NOW))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void theLongestBinPrefixWinsAndUnknownCardsAreBc() {
        assertThat(BinTable.issuerOf("9410123412341234").cardType()).isEqualTo("CHECK");
        assertThat(BinTable.issuerOf("4000000000000002").issuerCode()).isEqualTo("61");
        assertThat(BinTable.issuerOf("4111111111111111").issuerCode()).isEqualTo("31");
    }
}
