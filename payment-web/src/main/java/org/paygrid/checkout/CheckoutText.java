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
            Map.entry("secure", "카드 정보는 암호화되어 전송·보관됩니다"),
            Map.entry("easyPay", "간편결제"), Map.entry("transfer", "계좌이체"), Map.entry("mobile", "휴대폰"),
            Map.entry("wallet", "간편결제 서비스"), Map.entry("phone", "휴대폰 번호"), Map.entry("bank", "은행"),
            Map.entry("accountNumber", "출금 계좌번호"), Map.entry("carrier", "통신사"),
            Map.entry("KAKAOPAY", "카카오페이"), Map.entry("NAVERPAY", "네이버페이"), Map.entry("TOSSPAY", "토스페이"),
            Map.entry("PAYCO", "페이코")));

    private static final CheckoutText ENGLISH = new CheckoutText(Map.ofEntries(
            Map.entry("title", "Checkout"), Map.entry("amount", "Amount"), Map.entry("method", "Payment method"),
            Map.entry("card", "Credit / check card"), Map.entry("cardNumber", "Card number"), Map.entry("expiry", "Expiry"),
            Map.entry("month", "Month (MM)"), Map.entry("year", "Year (YY)"), Map.entry("installment", "Installments"),
            Map.entry("lumpSum", "Pay in full"), Map.entry("months", "months"), Map.entry("pay", "Pay"),
            Map.entry("cancel", "Cancel payment"), Map.entry("canceled", "The customer canceled the payment"),
            Map.entry("notPayable", "This payment cannot be paid"), Map.entry("status", "Status"),
            Map.entry("secure", "Card details are encrypted in transit and at rest"),
            Map.entry("easyPay", "Easy pay"), Map.entry("transfer", "Bank transfer"), Map.entry("mobile", "Mobile phone"),
            Map.entry("wallet", "Wallet"), Map.entry("phone", "Mobile phone number"), Map.entry("bank", "Bank"),
            Map.entry("accountNumber", "Account number to pay from"), Map.entry("carrier", "Carrier"),
            Map.entry("KAKAOPAY", "KakaoPay"), Map.entry("NAVERPAY", "Naver Pay"), Map.entry("TOSSPAY", "Toss Pay"),
            Map.entry("PAYCO", "PAYCO")));

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
