package org.paygrid.checkout;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.paygrid.payment.control.Banks;
import org.paygrid.payment.entity.Installments;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;

/**
 * What the payment window shows, rendered by the template {@code window.mustache} (Mustache: logic-less, and every
 * value is HTML-escaped). The page's words come from {@link CheckoutText}; its style and script carry the nonce of
 * the response's Content-Security-Policy.
 */
public record WindowPage(String lang, String title, String nonce, Map<String, String> text, String orderName, String amount,
                  boolean notPayable, PaymentStatus status, String error, List<Method> methods) {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("org/paygrid/checkout").compile("window.mustache");

    private static final List<PaymentMethod> WINDOW_METHODS = List.of(PaymentMethod.CARD, PaymentMethod.EASY_PAY,
            PaymentMethod.TRANSFER, PaymentMethod.MOBILE_PHONE);
    private static final Map<PaymentMethod, String> LABELS = Map.of(PaymentMethod.CARD, "card",
            PaymentMethod.EASY_PAY, "easyPay", PaymentMethod.TRANSFER, "transfer", PaymentMethod.MOBILE_PHONE, "mobile");
    private static final List<String> EASY_PAY_PROVIDERS = List.of("KAKAOPAY", "NAVERPAY", "TOSSPAY", "PAYCO");
    private static final List<Option> CARRIERS = List.of(new Option("SKT", "SKT"), new Option("KT", "KT"),
            new Option("LGU", "LG U+"));

    /** One method the customer may choose, with its fields: a card's, or an account's at a provider. */
    public record Method(String value, boolean checked, String label, Card card, Account account) {
    }

    /** The card fields; installments (2..12 months) only where the amount allows them. */
    public record Card(boolean installments, List<Integer> months) {
    }

    /** A provider (wallet, bank, carrier) to choose and the customer's id there (phone or account number). */
    public record Account(String providerLabel, List<Option> providers, String customerLabel, String inputMode,
                   String placeholder) {
    }

    public record Option(String value, String label) {
    }

    static WindowPage of(Payment payment, CheckoutText t, String nonce, String error) {
        List<PaymentMethod> offered = payment.method() == null ? WINDOW_METHODS : List.of(payment.method());
        List<Method> methods = offered.stream().map(method -> new Method(method.name(), method == offered.get(0),
                t.get(LABELS.get(method)), method == PaymentMethod.CARD ? card(payment) : null,
                account(method, t))).toList();
        return new WindowPage(t.korean() ? "ko" : "en", t.get("title"), nonce, t.words(), payment.orderName(),
                NumberFormat.getNumberInstance(Locale.KOREA).format(payment.totalAmount()),
                payment.status() != PaymentStatus.READY, payment.status(), error, methods);
    }

    private static Card card(Payment payment) {
        return new Card(payment.totalAmount() >= Installments.MINIMUM_AMOUNT,
                IntStream.rangeClosed(2, 12).boxed().toList());
    }

    private static Account account(PaymentMethod method, CheckoutText t) {
        return switch (method) {
            case EASY_PAY -> new Account(t.get("wallet"), EASY_PAY_PROVIDERS.stream()
                    .map(provider -> new Option(provider, t.get(provider))).toList(), t.get("phone"), "tel",
                    "010-1234-5678");
            case TRANSFER -> new Account(t.get("bank"), Banks.SUPPORTED.entrySet().stream()
                    .map(bank -> new Option(bank.getKey(), bank.getValue())).toList(), t.get("accountNumber"),
                    "numeric", "110-123-456789");
            case MOBILE_PHONE -> new Account(t.get("carrier"), CARRIERS, t.get("phone"), "tel", "010-1234-5678");
            default -> null;
        };
    }

    String html() {
        StringWriter html = new StringWriter(8192);
        TEMPLATE.execute(html, this);
        return html.toString();
    }
}
