package org.paygrid.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.PaygridException;

/** Where the payment window may send a customer back: the merchant's own site only, and over https in live mode. */
class ReturnUrlsTest {

    private static final String SITE = "https://www.hanbit-books.example";

    @ParameterizedTest
    @CsvSource({"https://hanbit-books.example/ok, LIVE", "https://pay.hanbit-books.example/ok?x=1, LIVE",
            "http://hanbit-books.example/ok, TEST", "http://localhost:3000/success, TEST",
            "http://127.0.0.1:9396/success, TEST", "http://shop.localhost/success, TEST"})
    void acceptsTheMerchantsSiteAndInTestModeTheDevelopersMachine(String url, Mode mode) {
        assertThat(ReturnUrls.check(url, "successUrl", mode, SITE)).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource({"http://hanbit-books.example/ok, LIVE, must use https in live mode",
            "http://localhost:3000/success, LIVE, must use https in live mode",
            "https://localhost:3000/success, LIVE, must be on the merchant's registered site",
            "https://evil.example/ok, TEST, must be on the merchant's registered site",
            "https://hanbit-books.example.evil.example/ok, LIVE, must be on the merchant's registered site",
            "https://evilhanbit-books.example/ok, LIVE, must be on the merchant's registered site",
            "https://user@hanbit-books.example/ok, LIVE, no user info",
            "javascript:alert(1), TEST, successUrl"})
    void refusesEveryOtherPlace(String url, Mode mode, String why) {
        assertThatThrownBy(() -> ReturnUrls.check(url, "successUrl", mode, SITE))
                .isInstanceOf(PaygridException.class).hasMessageContaining(why);
    }

    @ParameterizedTest
    @CsvSource({"https://hanbit-books.example/ok, LIVE", "http://127.0.0.1:3000/ok, LIVE"})
    void aMerchantWithoutARegisteredSiteHasNowhereToReturnToInLiveMode(String url, Mode mode) {
        assertThatThrownBy(() -> ReturnUrls.check(url, "successUrl", mode, null))
                .isInstanceOf(PaygridException.class);
    }
}
