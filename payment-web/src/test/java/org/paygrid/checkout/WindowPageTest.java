package org.paygrid.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.shared.Mode;

class WindowPageTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    private static Payment payment(String orderName, PaymentMethod method, long amount) {
        return new Payment("pay_window", "mer_1", Mode.TEST, "order-1", orderName, method, amount, 0, null, NOW);
    }

    @Test
    void escapesWhatTheMerchantWroteAndShowsTheAmountTheKoreanWay() {
        String html = WindowPage.of(payment("<script>alert(1)</script> & \"TV\"", null, 55_000),
                CheckoutText.forLocale(Locale.KOREAN), "n0nce", null).html();
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;TV&quot;")
                .contains("<html lang=\"ko\">").contains("₩55,000").contains("<style nonce=\"n0nce\">")
                .contains("<script nonce=\"n0nce\">");
    }

    @Test
    void offersEveryWindowMethodWithItsFieldsTheCardFirst() {
        String html = WindowPage.of(payment("TV", null, 55_000), CheckoutText.forLocale(Locale.ENGLISH), "n", null)
                .html();
        assertThat(html).contains("id=\"method-CARD\" checked", "id=\"method-EASY_PAY\">", "id=\"method-TRANSFER\">",
                "id=\"method-MOBILE_PHONE\">", "name=\"cardNumber\"", "<option value=\"12\">12 months</option>",
                "id=\"EASY_PAY-provider\" name=\"EASY_PAY.provider\"", "<option value=\"KAKAOPAY\">KakaoPay</option>",
                "id=\"TRANSFER-customerId\" name=\"TRANSFER.customerId\" inputmode=\"numeric\"",
                "<option value=\"LGU\">LG U+</option>");
    }

    @Test
    void aSmallAmountHasNoInstallmentsAndAChosenMethodIsTheOnlyOne() {
        String html = WindowPage.of(payment("Book", PaymentMethod.CARD, 12_000), CheckoutText.forLocale(Locale.ENGLISH),
                "n", null).html();
        assertThat(html).contains("id=\"method-CARD\" checked").doesNotContain("method-EASY_PAY", "installment");
    }

    @Test
    void aPaymentNoLongerReadyIsNotOfferedAndAnErrorIsShown() {
        Payment expired = payment("TV", null, 55_000);
        expired.expire(NOW);
        assertThat(WindowPage.of(expired, CheckoutText.forLocale(Locale.ENGLISH), "n", null).html())
                .contains("id=\"not-payable\"", "This payment cannot be paid (Status: EXPIRED)")
                .doesNotContain("<form");
        assertThat(WindowPage.of(payment("TV", null, 55_000), CheckoutText.forLocale(Locale.ENGLISH), "n",
                "cardNumber: not a valid card number").html())
                .contains("<div class=\"error\" role=\"alert\" id=\"error\">cardNumber: not a valid card number</div>");
    }
}
