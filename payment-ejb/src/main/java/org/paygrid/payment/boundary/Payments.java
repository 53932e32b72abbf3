package org.paygrid.payment.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.network.CardNetwork;
import org.paygrid.network.CardNetwork.AuthorizationOutcome;
import org.paygrid.network.CardNetwork.AuthorizationRequest;
import org.paygrid.network.CardNetwork.Canceled;
import org.paygrid.network.CardNetwork.Unknown;
import org.paygrid.payment.control.BookedCancel;
import org.paygrid.payment.control.CardVault;
import org.paygrid.payment.control.ConfirmAttempt;
import org.paygrid.payment.control.Installments;
import org.paygrid.payment.control.OrderDraft;
import org.paygrid.payment.control.PaymentListQuery;
import org.paygrid.payment.control.PaymentMethods;
import org.paygrid.payment.control.PaymentStore;
import org.paygrid.payment.entity.CardExpiry;
import org.paygrid.payment.entity.CardNumber;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentAmounts;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.time.ClockProducer;

/**
 * Card payments: key-in approval, reads and cancels. Runs outside a transaction on purpose: each database step is
 * a short transaction of {@link PaymentStore}, and the card network is called between them, never inside one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Payments {

    @EJB
    PaymentStore store;

    @Inject
    CardNetwork network;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    /**
     * Creates and approves a card payment in one call. A decline or a network failure leaves the payment ABORTED
     * and answers with the network's code; no answer in time leaves it IN_PROGRESS with an unknown outcome
     * (after one inquiry), which {@link UnknownPaymentReconciler} settles.
     */
    public PaymentView keyIn(MerchantCredential caller, KeyInRequest request) {
        caller.requireMayMoveMoney();
        OrderDraft order = OrderDraft.parse(request.orderId(), request.orderName(), request.amount(),
                request.taxFreeAmount(), request.metadata());
        CardNumber card = CardNumber.parse(request.cardNumber());
        CardExpiry expiry = CardExpiry.of(request.cardExpirationYear(), request.cardExpirationMonth(),
                YearMonth.now(clock.withZone(ClockProducer.SEOUL)));
        int installments = Installments.require(request.cardInstallmentPlan(), order.amount());
        return approveCard(caller, order, new CardVault.Card(card.digits(), expiry.month(), installments),
                card.masked(), null);
    }

    /**
     * Charges a card the platform holds (a billing key's), exactly as a key-in: same checks of the order, same
     * network path, same ledger entry. The caller has checked the billing key belongs to this merchant and mode.
     */
    public PaymentView chargeStoredCard(MerchantCredential caller, OrderDraft order, CardVault.Card card,
                                        String maskedCard, String billingKey) {
        caller.requireMayMoveMoney();
        if (card.expiry().isBefore(YearMonth.now(clock.withZone(ClockProducer.SEOUL)))) {
            throw new PaygridException(ErrorCode.INVALID_CARD_EXPIRATION, "The stored card has expired");
        }
        return approveCard(caller, order, card, maskedCard, billingKey);
    }

    private PaymentView approveCard(MerchantCredential caller, OrderDraft order, CardVault.Card card,
                                    String maskedCard, String billingKey) {
        Payment payment = new Payment(RandomTokens.prefixed("pay", 24), caller.merchantId(), caller.mode(),
                order.orderId(), order.orderName(), PaymentMethod.CARD, order.amount(), order.taxFreeAmount(),
                order.metadataJson(), clock.instant());
        if (billingKey != null) {
            payment.paidWithBillingKey(billingKey);
        }
        String reference = RandomTokens.prefixed("auth", 24);
        store.openCardAttempt(payment, reference, maskedCard, card.installmentMonths());

        AuthorizationOutcome outcome = network.authorize(new AuthorizationRequest(reference, card.digits(),
                card.expiry().getYear(), card.expiry().getMonthValue(), order.amount(), payment.currency(),
                card.installmentMonths()));
        return answer(store.recordOutcome(payment.paymentKey(), settle(reference, outcome)));
    }

    /** Creates a READY payment and its {@code checkoutUrl}; a client key may do this from the browser. */
    public PaymentView create(MerchantCredential caller, CreatePaymentRequest request) {
        caller.requireMayMoveMoney();
        OrderDraft order = OrderDraft.parse(request.orderId(), request.orderName(), request.amount(),
                request.taxFreeAmount(), request.metadata());
        if (request.currency() != null && !"KRW".equals(request.currency())) {
            throw RequestChecks.invalid("currency", "only KRW is supported");
        }
        PaymentMethod method = request.method() == null ? null : PaymentMethods.parse(request.method());
        String successUrl = RequestChecks.requiredUrl(request.successUrl(), "successUrl");
        String failUrl = RequestChecks.requiredUrl(request.failUrl(), "failUrl");
        String email = request.customerEmail() == null ? null : RequestChecks.requiredEmail(request.customerEmail(), "customerEmail");
        String name = RequestChecks.optionalText(request.customerName(), "customerName", 100);
        Payment payment = new Payment(RandomTokens.prefixed("pay", 24), caller.merchantId(), caller.mode(),
                order.orderId(), order.orderName(), method, order.amount(), order.taxFreeAmount(), order.metadataJson(),
                clock.instant());
        payment.checkoutDetails(successUrl, failUrl, email, name);
        store.create(payment);
        return store.load(payment.paymentKey());
    }

    /** The payment as the hosted window shows it: anyone holding the (unguessable) payment key may pay it. */
    public PaymentView forWindow(String paymentKey) {
        return store.load(paymentKey);
    }

    /**
     * The customer paid in the window: the card is checked and sealed, the payment is IN_PROGRESS, and the
     * merchant's server must confirm it (with the amount) before the deadline.
     */
    public PaymentView authenticateInWindow(String paymentKey, WindowCard entered) {
        PaymentView view = store.load(paymentKey);
        CardNumber card = CardNumber.parse(entered.cardNumber());
        CardExpiry expiry = CardExpiry.of(entered.expiryYear(), entered.expiryMonth(),
                YearMonth.now(clock.withZone(ClockProducer.SEOUL)));
        int installments = Installments.require(entered.installmentMonths(), view.payment().totalAmount());
        store.authenticateInWindow(paymentKey, RandomTokens.prefixed("auth", 24),
                new CardVault.Card(card.digits(), expiry.month(), installments), card.masked());
        return store.load(paymentKey);
    }

    /**
     * Approves a payment the customer authenticated in the window. The amount must be the created one; only one
     * confirm ever reaches the card network, and the answer is recorded like a key-in's.
     */
    public PaymentView confirm(MerchantCredential caller, ConfirmRequest request) {
        caller.requireMayMoveMoney();
        String paymentKey = RequestChecks.requiredText(request.paymentKey(), "paymentKey", 40);
        String orderId = RequestChecks.requiredText(request.orderId(), "orderId", 64);
        long amount = PaymentAmounts.requireValidAmount(request.amount(), "amount");
        ConfirmAttempt attempt = store.claimConfirm(caller.mode(), caller.merchantId(), paymentKey, orderId, amount);
        CardVault.Card card = attempt.card();
        AuthorizationOutcome outcome = network.authorize(new AuthorizationRequest(attempt.networkReference(),
                card.digits(), card.expiry().getYear(), card.expiry().getMonthValue(), amount, "KRW",
                card.installmentMonths()));
        return answer(store.recordOutcome(paymentKey, settle(attempt.networkReference(), outcome)));
    }

    public PaymentView find(MerchantCredential caller, String paymentKey) {
        return store.find(caller.mode(), caller.merchantId(), paymentKey);
    }

    public PaymentPage list(MerchantCredential caller, String from, String to, String status, String limit,
                            String cursor) {
        return store.list(caller.mode(), caller.merchantId(), PaymentListQuery.parse(from, to, status, limit, cursor));
    }

    public PaymentView findByOrderId(MerchantCredential caller, String orderId) {
        return store.findByOrderId(caller.mode(), caller.merchantId(), orderId);
    }

    /**
     * Cancels the whole balance or part of it. The cancel is booked first (under the payment's lock, with its
     * journal entry), then the network is told; a network that does not confirm is retried by the reconciler.
     */
    public PaymentView cancel(MerchantCredential caller, String paymentKey, CancelRequest request) {
        caller.requireMayMoveMoney();
        return cancel(caller.mode(), caller.merchantId(), paymentKey, request);
    }

    /** A refund started by staff (support, admin): the same rules as the merchant's, and an audit entry. */
    public PaymentView cancelByStaff(String staff, String paymentKey, CancelRequest request) {
        Payment payment = store.load(paymentKey).payment();
        PaymentView view = cancel(payment.mode(), payment.merchantId(), paymentKey, request);
        auditLog.recordAlone(staff, "PAYMENT_CANCELED", "PAYMENT", paymentKey,
                "balance=" + payment.balanceAmount() + ", status=" + payment.status(),
                "balance=" + view.payment().balanceAmount() + ", status=" + view.payment().status()
                        + ", reason=" + request.cancelReason());
        return view;
    }

    private PaymentView cancel(Mode mode, String merchantId, String paymentKey, CancelRequest request) {
        String reason = RequestChecks.requiredText(request.cancelReason(), "cancelReason", 200);
        if (request.cancelAmount() != null) {
            PaymentAmounts.requireValidAmount(request.cancelAmount(), "cancelAmount");
        }
        long taxFree = request.taxFreeAmount() == null ? 0 : request.taxFreeAmount();
        if (taxFree < 0) {
            throw RequestChecks.invalid("taxFreeAmount", "must not be negative");
        }
        BookedCancel booked = store.bookCancel(mode, merchantId, paymentKey, request.cancelAmount(), taxFree, reason);
        tellNetwork(booked);
        return store.find(mode, merchantId, paymentKey);
    }

    /** After no answer, ask once: an attempt the network does not know yet stays unknown for the reconciler. */
    private AuthorizationOutcome settle(String reference, AuthorizationOutcome outcome) {
        if (!(outcome instanceof Unknown)) {
            return outcome;
        }
        AuthorizationOutcome asked = network.inquire(reference);
        if (asked instanceof CardNetwork.Failed notFound && "NOT_FOUND".equals(notFound.code())) {
            return new Unknown("the network does not know the attempt yet");
        }
        return asked;
    }

    /** Tells the network about a booked cancel; idempotent, so the reconciler may call it again. */
    public void tellNetwork(BookedCancel booked) {
        if (network.cancel(booked.networkReference(), booked.transactionKey(), booked.amount()) instanceof Canceled) {
            store.confirmNetworkCancel(booked.transactionKey());
        }
    }

    private static PaymentView answer(PaymentView view) {
        Payment payment = view.payment();
        if (payment.status() == PaymentStatus.ABORTED) {
            ErrorCode code = codeOf(payment.failureCode());
            throw new PaygridException(code, payment.failureMessage());
        }
        if (payment.status() == PaymentStatus.IN_PROGRESS && payment.outcomeUnknown()) {
            throw new PaygridException(ErrorCode.ACQUIRER_TIMEOUT, "The card network did not answer in time; payment "
                    + payment.paymentKey() + " will be settled by inquiry (read it again shortly)");
        }
        return view;
    }

    private static ErrorCode codeOf(String failureCode) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.name().equals(failureCode)) {
                return code;
            }
        }
        return ErrorCode.PROVIDER_ERROR;
    }
}
