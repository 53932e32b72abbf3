package org.paygrid.checkout;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.boundary.Payments;
import org.paygrid.payment.boundary.WindowAccount;
import org.paygrid.payment.boundary.WindowCard;
import org.paygrid.payment.entity.Payment;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.web.ClientAddress;

/**
 * The hosted payment window (결제창) at {@code /checkout/{paymentKey}}: the customer chooses a method (card, easy pay,
 * bank transfer, mobile phone), enters its details and pays, or cancels; then goes back to the merchant's successUrl or failUrl with the contract's parameters.
 * Every rule is in {@link Payments}; this class only renders ({@link WindowPage}) and redirects.
 */
@WebServlet("/checkout/*")
public class CheckoutServlet extends HttpServlet {

    private final ClientAddress clients = ClientAddress.trusting(org.eclipse.microprofile.config.ConfigProvider
            .getConfig().getOptionalValue("paygrid.http.trusted-proxies", String.class).orElse(""));


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
                        request.getParameter("expiryMonth"), request.getParameter("expiryYear"), installments),
                        customer(request));
            } else {
                payments.authenticateWithProvider(payment.paymentKey(), new WindowAccount(method,
                        request.getParameter(method + ".provider"), request.getParameter(method + ".customerId")),
                        customer(request));
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

    /** The customer's address: the peer, or behind trusted proxies the client they forwarded (fraud detection). */
    private String customer(HttpServletRequest request) {
        return clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
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
        String nonce = RandomTokens.alphanumeric(22);
        String html = WindowPage.of(payment, CheckoutText.forLocale(request.getLocale()), nonce, error).html();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // the page's own style and script only (by nonce); the form posts here and is redirected to the merchant
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce + "'; "
                + "script-src 'nonce-" + nonce + "'; img-src 'self' data:; form-action 'self' "
                + origin(payment.successUrl()) + " " + origin(payment.failUrl())
                + "; frame-ancestors 'none'; base-uri 'none'");
        response.getWriter().write(html);
    }

    /** scheme://host[:port] of a URL the payment was created with (checked then: absolute http(s)). */
    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
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
}
