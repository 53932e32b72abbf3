package org.paygrid.checkout;

import java.util.Locale;
import java.util.Map;

/** The payment window's words in Korean and English, chosen by the browser's Accept-Language. */
record CheckoutText(Map<String, String> words) {

    private static final CheckoutText KOREAN = new CheckoutText(Map.ofEntries(
            Map.entry("title", "결제하기"), Map.entry("amount", "결제 금액"), Map.entry("method", "결제 수단"),
            Map.entry("card", "신용·체크카드"), Map.entry("cardNumber", "카드 번호"), Map.entry("expiry", "유효기간"),
            Map.entry("month", "월 (MM)"), Map.entry("year", "년 (YY)"), Map.entry("installment", "할부"),
            Map.entry("lumpSum", "일시불"), Map.entry("months", "개월"), Map.entry("pay", "결제하기"),
            Map.entry("cancel", "결제 취소"), Map.entry("canceled", "고객이 결제를 취소했습니다"),
            Map.entry("notPayable", "이 결제는 진행할 수 없습니다"), Map.entry("status", "상태"),
            Map.entry("secure", "카드 정보는 암호화되어 전송·보관됩니다")));

    private static final CheckoutText ENGLISH = new CheckoutText(Map.ofEntries(
            Map.entry("title", "Checkout"), Map.entry("amount", "Amount"), Map.entry("method", "Payment method"),
            Map.entry("card", "Credit / check card"), Map.entry("cardNumber", "Card number"), Map.entry("expiry", "Expiry"),
            Map.entry("month", "Month (MM)"), Map.entry("year", "Year (YY)"), Map.entry("installment", "Installments"),
            Map.entry("lumpSum", "Pay in full"), Map.entry("months", "months"), Map.entry("pay", "Pay"),
            Map.entry("cancel", "Cancel payment"), Map.entry("canceled", "The customer canceled the payment"),
            Map.entry("notPayable", "This payment cannot be paid"), Map.entry("status", "Status"),
            Map.entry("secure", "Card details are encrypted in transit and at rest")));

    static CheckoutText forLocale(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }

    boolean korean() {
        return this == KOREAN;
    }

    String get(String key) {
        return words.getOrDefault(key, key);
    }
}
