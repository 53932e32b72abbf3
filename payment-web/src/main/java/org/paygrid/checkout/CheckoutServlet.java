package org.paygrid.checkout;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.boundary.Payments;
import org.paygrid.payment.boundary.WindowAccount;
import org.paygrid.payment.boundary.WindowCard;
import org.paygrid.payment.control.Banks;
import org.paygrid.payment.entity.Installments;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.id.RandomTokens;

/**
 * The hosted payment window (결제창) at {@code /checkout/{paymentKey}}: the customer chooses a method (card, easy pay,
 * bank transfer, mobile phone), enters its details and pays, or cancels; then goes back to the merchant's successUrl or failUrl with the contract's parameters.
 * Every rule is in {@link Payments}; this class only renders and redirects.
 */
@WebServlet("/checkout/*")
public class CheckoutServlet extends HttpServlet {

    @EJB
    Payments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PaymentView view = load(request, response);
        if (view != null) {
            render(request, response, view.payment(), null, HttpServletResponse.SC_OK);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        PaymentView view = load(request, response);
        if (view == null) {
            return;
        }
        Payment payment = view.payment();
        CheckoutText text = CheckoutText.forLocale(request.getLocale());
        if ("cancel".equals(request.getParameter("action"))) {
            response.sendRedirect(payment.failUrl() + separator(payment.failUrl()) + "code="
                    + ErrorCode.PAY_PROCESS_CANCELED.name() + "&message=" + encode(text.get("canceled"))
                    + "&orderId=" + encode(payment.orderId()));
            return;
        }
        try {
            String method = request.getParameter("method");
            if (method == null || "CARD".equals(method)) {
                Integer installments = parseInt(request.getParameter("installment"));
                payments.authenticateInWindow(payment.paymentKey(), new WindowCard(request.getParameter("cardNumber"),
                        request.getParameter("expiryMonth"), request.getParameter("expiryYear"), installments));
            } else {
                payments.authenticateWithProvider(payment.paymentKey(), new WindowAccount(method,
                        request.getParameter(method + ".provider"), request.getParameter(method + ".customerId")));
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", payment.successUrl() + separator(payment.successUrl()) + "paymentKey="
                    + encode(payment.paymentKey()) + "&orderId=" + encode(payment.orderId()) + "&amount="
                    + payment.totalAmount());
        } catch (PaygridException refused) {
            render(request, response, payments.forWindow(payment.paymentKey()).payment(), refused.getMessage(),
                    HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private PaymentView load(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        try {
            PaymentView view = payments.forWindow(key);
            if (view.payment().successUrl() == null) {
                throw new PaygridException(ErrorCode.NOT_FOUND_PAYMENT, "not a window payment");
            }
            return view;
        } catch (PaygridException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such payment");
            return null;
        }
    }

    private static void render(HttpServletRequest request, HttpServletResponse response, Payment payment, String error,
                               int status) throws IOException {
        CheckoutText t = CheckoutText.forLocale(request.getLocale());
        String amount = NumberFormat.getNumberInstance(Locale.KOREA).format(payment.totalAmount());
        String nonce = RandomTokens.alphanumeric(22);
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"").append(t.korean() ? "ko" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(t.get("title")).append(" · Paygrid</title><style nonce=\"").append(nonce).append("\">")
                .append("body{margin:0;font-family:system-ui,-apple-system,'Noto Sans KR',sans-serif;background:#f2f4f6;color:#191f28}")
                .append("main{max-width:28rem;margin:0 auto;padding:1.25rem}h1{font-size:1.15rem;margin:.5rem 0 1rem}")
                .append(".card{background:#fff;border-radius:1rem;padding:1.25rem;margin-bottom:1rem;box-shadow:0 1px 3px #0001}")
                .append(".amount{font-size:1.6rem;font-weight:700}.muted{color:#6b7684;font-size:.9rem}")
                .append("label{display:block;font-size:.9rem;margin:.75rem 0 .3rem}input,select{width:100%;box-sizing:border-box;")
                .append("font-size:1.05rem;padding:.7rem;border:1px solid #d1d6db;border-radius:.6rem}")
                .append(".row{display:flex;gap:.75rem}.row>div{flex:1}button{width:100%;font-size:1.05rem;padding:.9rem;")
                .append("border:0;border-radius:.7rem;margin-top:.75rem}.pay{background:#3182f6;color:#fff}.cancel{background:#e5e8eb}")
                .append(".error{background:#ffeeee;color:#c0262d;padding:.75rem;border-radius:.6rem}")
                .append("fieldset{border:0;padding:0;margin:0}.methods{display:flex;flex-wrap:wrap;gap:.5rem}")
                .append(".method{flex:1 1 40%;border:1px solid #d1d6db;border-radius:.6rem;padding:.6rem;margin:0}")
                .append(".method input{width:auto}</style></head><body><main>")
                .append("<h1>").append(t.get("title")).append("</h1>")
                .append("<div class=\"card\"><div class=\"muted\">").append(escape(payment.orderName())).append("</div>")
                .append("<div class=\"muted\">").append(t.get("amount")).append("</div><div class=\"amount\" id=\"amount\">₩")
                .append(amount).append("</div></div>");
        if (payment.status() != PaymentStatus.READY) {
            html.append("<div class=\"card error\" id=\"not-payable\">").append(t.get("notPayable")).append(" (")
                    .append(t.get("status")).append(": ").append(payment.status()).append(")</div>");
        } else {
            if (error != null) {
                html.append("<div class=\"error\" role=\"alert\" id=\"error\">").append(escape(error)).append("</div>");
            }
            List<PaymentMethod> offered = payment.method() == null ? WINDOW_METHODS : List.of(payment.method());
            html.append("<form method=\"post\" class=\"card\" autocomplete=\"off\">")
                    .append("<fieldset class=\"methods\"><legend>").append(t.get("method")).append("</legend>");
            for (PaymentMethod method : offered) {
                html.append("<label class=\"method\"><input type=\"radio\" name=\"method\" value=\"").append(method)
                        .append("\" id=\"method-").append(method).append('"')
                        .append(method == offered.get(0) ? " checked" : "").append("> ")
                        .append(t.get(LABELS.get(method))).append("</label>");
            }
            html.append("</fieldset>");
            for (PaymentMethod method : offered) {
                html.append("<fieldset class=\"details\" data-method=\"").append(method).append("\">");
                switch (method) {
                    case CARD -> cardFields(html, t, payment);
                    case EASY_PAY -> {
                        select(html, t, "EASY_PAY.provider", "wallet", EASY_PAY_PROVIDERS.stream()
                                .map(provider -> new String[] {provider, t.get(provider)}).toList());
                        text(html, t, "EASY_PAY.customerId", "phone", "tel", "010-1234-5678");
                    }
                    case TRANSFER -> {
                        select(html, t, "TRANSFER.provider", "bank", Banks.SUPPORTED.entrySet().stream()
                                .map(bank -> new String[] {bank.getKey(), bank.getValue()}).toList());
                        text(html, t, "TRANSFER.customerId", "accountNumber", "numeric", "110-123-456789");
                    }
                    case MOBILE_PHONE -> {
                        select(html, t, "MOBILE_PHONE.provider", "carrier", List.of(new String[] {"SKT", "SKT"},
                                new String[] {"KT", "KT"}, new String[] {"LGU", "LG U+"}));
                        text(html, t, "MOBILE_PHONE.customerId", "phone", "tel", "010-1234-5678");
                    }
                    default -> { }
                }
                html.append("</fieldset>");
            }
            // shows the chosen method's fields only; disabled fields are neither validated nor sent
            html.append("<script nonce=\"").append(nonce)
                    .append("\">(function(){var f=document.currentScript.parentNode;function show(){")
                    .append("var m=(f.querySelector('input[name=method]:checked')||{}).value;")
                    .append("f.querySelectorAll('fieldset.details').forEach(function(d){var on=d.dataset.method===m;")
                    .append("d.hidden=!on;d.disabled=!on;});}")
                    .append("f.querySelectorAll('input[name=method]').forEach(function(r){r.addEventListener('change',show);});")
                    .append("show();})();</script>");
            html.append("<button class=\"pay\" id=\"pay\" name=\"action\" value=\"pay\">₩").append(amount).append(' ')
                    .append(t.get("pay")).append("</button>")
                    .append("<button class=\"cancel\" id=\"cancel\" name=\"action\" value=\"cancel\" formnovalidate>")
                    .append(t.get("cancel")).append("</button>")
                    .append("<p class=\"muted\">").append(t.get("secure")).append("</p></form>");
        }
        html.append("</main></body></html>");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // the page's own style and script only (by nonce); the form posts here and is redirected to the merchant
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce + "'; "
                + "script-src 'nonce-" + nonce + "'; img-src 'self' data:; form-action 'self' "
                + origin(payment.successUrl()) + " " + origin(payment.failUrl())
                + "; frame-ancestors 'none'; base-uri 'none'");
        response.getWriter().write(html.toString());
    }

    /** scheme://host[:port] of a URL the payment was created with (checked then: absolute http(s)). */
    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static final List<PaymentMethod> WINDOW_METHODS = List.of(PaymentMethod.CARD, PaymentMethod.EASY_PAY,
            PaymentMethod.TRANSFER, PaymentMethod.MOBILE_PHONE);
    private static final Map<PaymentMethod, String> LABELS = Map.of(PaymentMethod.CARD, "card",
            PaymentMethod.EASY_PAY, "easyPay", PaymentMethod.TRANSFER, "transfer", PaymentMethod.MOBILE_PHONE, "mobile");
    private static final List<String> EASY_PAY_PROVIDERS = List.of("KAKAOPAY", "NAVERPAY", "TOSSPAY", "PAYCO");

    private static void cardFields(StringBuilder html, CheckoutText t, Payment payment) {
        html.append("<label for=\"cardNumber\">").append(t.get("cardNumber")).append("</label>")
                .append("<input id=\"cardNumber\" name=\"cardNumber\" inputmode=\"numeric\" autocomplete=\"cc-number\" ")
                .append("maxlength=\"19\" placeholder=\"0000 0000 0000 0000\" required>")
                .append("<div class=\"row\"><div><label for=\"expiryMonth\">").append(t.get("month")).append("</label>")
                .append("<input id=\"expiryMonth\" name=\"expiryMonth\" inputmode=\"numeric\" maxlength=\"2\" required></div>")
                .append("<div><label for=\"expiryYear\">").append(t.get("year")).append("</label>")
                .append("<input id=\"expiryYear\" name=\"expiryYear\" inputmode=\"numeric\" maxlength=\"4\" required></div></div>");
        if (payment.totalAmount() >= Installments.MINIMUM_AMOUNT) {
            html.append("<label for=\"installment\">").append(t.get("installment")).append("</label>")
                    .append("<select id=\"installment\" name=\"installment\"><option value=\"0\">").append(t.get("lumpSum"))
                    .append("</option>");
            for (int months = 2; months <= 12; months++) {
                html.append("<option value=\"").append(months).append("\">").append(months).append(' ')
                        .append(t.get("months")).append("</option>");
            }
            html.append("</select>");
        }
    }

    private static void select(StringBuilder html, CheckoutText t, String name, String label, List<String[]> options) {
        String id = name.replace('.', '-');
        html.append("<label for=\"").append(id).append("\">").append(t.get(label)).append("</label><select id=\"")
                .append(id).append("\" name=\"").append(name).append("\" required>");
        for (String[] option : options) {
            html.append("<option value=\"").append(escape(option[0])).append("\">").append(escape(option[1]))
                    .append("</option>");
        }
        html.append("</select>");
    }

    private static void text(StringBuilder html, CheckoutText t, String name, String label, String inputMode,
                             String placeholder) {
        String id = name.replace('.', '-');
        html.append("<label for=\"").append(id).append("\">").append(t.get(label)).append("</label><input id=\"")
                .append(id).append("\" name=\"").append(name).append("\" inputmode=\"").append(inputMode)
                .append("\" placeholder=\"").append(placeholder).append("\" maxlength=\"20\" required>");
    }

    private static Integer parseInt(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String separator(String url) {
        return url.contains("?") ? "&" : "?";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
