package org.paygrid.payment.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.keys.entity.Sealed;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.network.entity.Channel;
import org.paygrid.network.boundary.PaymentNetwork;
import org.paygrid.network.boundary.PaymentNetwork.AuthorizationOutcome;
import org.paygrid.network.boundary.PaymentNetwork.AuthorizationRequest;
import org.paygrid.network.boundary.PaymentNetwork.CardInstrument;
import org.paygrid.network.boundary.PaymentNetwork.Unknown;
import org.paygrid.payment.control.Banks;
import org.paygrid.payment.control.BookedCancel;
import org.paygrid.payment.control.CancelRelay;
import org.paygrid.payment.control.CashReceipts;
import org.paygrid.payment.control.CardVault;
import org.paygrid.payment.control.LiveAcquirer;
import org.paygrid.payment.control.PaymentMetrics;
import org.paygrid.payment.control.ReturnUrls;
import org.paygrid.payment.control.StaffCancel;
import org.paygrid.payment.control.ConfirmAttempt;
import org.paygrid.payment.entity.Installments;
import org.paygrid.payment.control.PaymentListQuery;
import org.paygrid.payment.control.PaymentMethods;
import org.paygrid.payment.control.PaymentStore;
import org.paygrid.payment.control.PaymentQueries;
import org.paygrid.payment.control.CancelBook;
import org.paygrid.payment.entity.CardExpiry;
import org.paygrid.payment.entity.CardNumber;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentAmounts;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.payment.entity.RefundReceiveAccount;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.time.ClockProducer;
import org.paygrid.shared.logging.Log;
import org.paygrid.shared.logging.LogContext;

/**
 * Card payments: key-in approval, reads and cancels. Runs outside a transaction on purpose: each database step is
 * a short transaction of {@link PaymentStore}, and the card network is called between them, never inside one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Payments {

    private static final Log LOG = Log.of(Payments.class);

    @EJB
    PaymentStore store;

    @EJB
    PaymentQueries queries;

    @EJB
    CancelBook cancelBook;

    @Inject
    PaymentNetwork network;

    @EJB
    CancelRelay cancelRelay;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    @EJB
    Merchants merchants;

    @Inject
    LiveAcquirer liveAcquirer;

    @Inject
    StoredCards storedCards;

    @Inject
    PaymentMetrics metrics;

    /**
     * Creates and approves a card payment in one call. A decline or a network failure leaves the payment ABORTED
     * and answers with the network's code; no answer in time leaves it IN_PROGRESS with an unknown outcome
     * (after one inquiry), which {@link UnknownPaymentReconciler} settles. A retry whose first request created the
     * payment and died (same {@code retryKey}) resumes that payment instead of answering DUPLICATED_ORDER_ID.
     */
    public PaymentView keyIn(MerchantCredential caller, KeyInRequest request, RetryKey retryKey) {
        caller.requireMayMoveMoney();
        liveAcquirer.requireFor(caller.mode());
        OrderDraft order = OrderDraft.parse(request.orderId(), request.orderName(), request.amount(),
                request.taxFreeAmount(), request.metadata());
        CardNumber card = CardNumber.parse(request.cardNumber());
        CardExpiry expiry = CardExpiry.of(request.cardExpirationYear(), request.cardExpirationMonth(),
                YearMonth.now(clock.withZone(ClockProducer.SEOUL)));
        int installments = Installments.require(request.cardInstallmentPlan(), order.amount());
        if (retryKey != null) {
            Optional<PaymentView> earlier = queries.findCreatedBy(caller.mode(), caller.merchantId(), retryKey);
            if (earlier.isPresent()) {
                return answer(resume(earlier.get()));
            }
        }
        return approveCard(caller, order, new CardVault.Card(card.digits(), expiry.month(), installments),
                card.masked(), null, retryKey);
    }

    /**
     * The payment a dead request created: answered as it stands, or, while its outcome is open, after asking the
     * network what it did with the attempt (never a second authorisation).
     */
    private PaymentView resume(PaymentView earlier) {
        Payment payment = earlier.payment();
        if (payment.status() != PaymentStatus.IN_PROGRESS || payment.networkReference() == null) {
            return earlier;
        }
        return store.recordOutcome(payment.paymentKey(), settle(Channel.CARD, payment.networkReference(),
                new Unknown("resumed by a retry of the request that opened it")));
    }

    /**
     * Charges a card the platform holds (a billing key's), exactly as a key-in: same checks of the order, same
     * network path, same ledger entry. The caller has checked the billing key belongs to this merchant and mode.
     */
    public PaymentView chargeStoredCard(MerchantCredential caller, OrderDraft order, int installmentMonths,
                                        String billingKey, Sealed storedCard, String maskedCard, RetryKey retryKey) {
        caller.requireMayMoveMoney();
        liveAcquirer.requireFor(caller.mode());
        if (retryKey != null) {
            // a retry of a charge whose request died: the payment it opened, never a second charge
            Optional<PaymentView> earlier = queries.findCreatedBy(caller.mode(), caller.merchantId(), retryKey);
            if (earlier.isPresent()) {
                return answer(resume(earlier.get()));
            }
        }
        CardVault.Card card = storedCards.open(billingKey, storedCard, installmentMonths);
        if (card.expiry().isBefore(YearMonth.now(clock.withZone(ClockProducer.SEOUL)))) {
            throw new PaygridException(ErrorCode.INVALID_CARD_EXPIRATION, "The stored card has expired");
        }
        return approveCard(caller, order, card, maskedCard, billingKey, retryKey);
    }

    private PaymentView approveCard(MerchantCredential caller, OrderDraft order, CardVault.Card card,
                                    String maskedCard, String billingKey, RetryKey retryKey) {
        Payment payment = new Payment(RandomTokens.prefixed("pay", 24), caller.merchantId(), caller.mode(),
                order.orderId(), order.orderName(), PaymentMethod.CARD, order.amount(), order.taxFreeAmount(),
                order.metadataJson(), clock.instant());
        if (billingKey != null) {
            payment.paidWithBillingKey(billingKey);
        }
        payment.createdBy(retryKey);
        LogContext.payment(payment.paymentKey());
        String reference = RandomTokens.prefixed("auth", 24);
        long started = System.nanoTime();
        store.openCardAttempt(payment, reference, maskedCard, card.installmentMonths(), card.digits());
        if (payment.status() == PaymentStatus.ABORTED) {
            metrics.blocked(PaymentMethod.CARD, caller.mode());
            return answer(PaymentView.of(payment));   // fraud detection blocked it: FDS_ERROR, the network never hears
        }

        AuthorizationOutcome outcome = settle(Channel.CARD, reference, network.authorize(new AuthorizationRequest(
                reference, new CardInstrument(card.digits(), card.expiry().getYear(), card.expiry().getMonthValue(),
                        card.installmentMonths()), order.amount(), payment.currency())));
        PaymentView recorded = store.recordOutcome(payment.paymentKey(), outcome);
        metrics.attempt(PaymentMethod.CARD, caller.mode(), outcome, started);
        return answer(recorded);
    }

    /** Creates a READY payment and its {@code checkoutUrl}; a client key may do this from the browser. */
    public PaymentView create(MerchantCredential caller, CreatePaymentRequest request) {
        caller.requireMayMoveMoney();
        liveAcquirer.requireFor(caller.mode());
        OrderDraft order = OrderDraft.parse(request.orderId(), request.orderName(), request.amount(),
                request.taxFreeAmount(), request.metadata());
        if (request.currency() != null && !"KRW".equals(request.currency())) {
            throw RequestChecks.invalid("currency", "only KRW is supported");
        }
        PaymentMethod method = request.method() == null ? null : PaymentMethods.parse(request.method());
        String site = merchants.websiteUrl(caller.merchantId());
        String successUrl = ReturnUrls.check(request.successUrl(), "successUrl", caller.mode(), site);
        String failUrl = ReturnUrls.check(request.failUrl(), "failUrl", caller.mode(), site);
        String email = request.customerEmail() == null ? null : RequestChecks.requiredEmail(request.customerEmail(), "customerEmail");
        String name = RequestChecks.optionalText(request.customerName(), "customerName", 100);
        Payment payment = new Payment(RandomTokens.prefixed("pay", 24), caller.merchantId(), caller.mode(),
                order.orderId(), order.orderName(), method, order.amount(), order.taxFreeAmount(), order.metadataJson(),
                clock.instant());
        payment.checkoutDetails(successUrl, failUrl, email, name);
        payment.cashAndEscrow(CashReceipts.parse(request.cashReceipt()), Boolean.TRUE.equals(request.useEscrow()));
        LogContext.payment(payment.paymentKey());
        store.create(payment);
        return queries.load(payment.paymentKey());
    }

    /** The payment as the hosted window shows it: anyone holding the (unguessable) payment key may pay it. */
    public PaymentView forWindow(String paymentKey) {
        return queries.load(paymentKey);
    }

    /**
     * The customer paid in the window: the card is checked and sealed, the payment is IN_PROGRESS, and the
     * merchant's server must confirm it (with the amount) before the deadline.
     */
    public PaymentView authenticateInWindow(String paymentKey, WindowCard entered, String customerIp) {
        LogContext.payment(paymentKey);
        PaymentView view = queries.load(paymentKey);
        CardNumber card = CardNumber.parse(entered.cardNumber());
        CardExpiry expiry = CardExpiry.of(entered.expiryYear(), entered.expiryMonth(),
                YearMonth.now(clock.withZone(ClockProducer.SEOUL)));
        int installments = Installments.require(entered.installmentMonths(), view.payment().totalAmount());
        store.authenticateInWindow(paymentKey, RandomTokens.prefixed("auth", 24),
                new CardVault.Card(card.digits(), expiry.month(), installments), card.masked(), customerIp);
        return queries.load(paymentKey);
    }

    /**
     * The customer paid with a wallet (EASY_PAY), a bank account (TRANSFER) or a phone (MOBILE_PHONE) in the
     * window. The provider's own authentication is part of the simulated provider; the merchant confirms next,
     * and the confirm asks the provider to approve. A payment created for one method can only be paid with it.
     */
    public PaymentView authenticateWithProvider(String paymentKey, WindowAccount entered, String customerIp) {
        LogContext.payment(paymentKey);
        PaymentView view = queries.load(paymentKey);
        PaymentMethod method = RequestChecks.requiredEnum(entered.method(), "method", PaymentMethod.class);
        PaymentMethod asked = view.payment().method();
        if (asked != null && asked != method) {
            throw RequestChecks.invalid("method", "this payment is to be paid by " + asked);
        }
        String provider;
        String customerId;
        switch (method) {
            case EASY_PAY -> {
                provider = RequestChecks.requiredEnum(entered.provider(), "provider", EasyPayProvider.class).name();
                customerId = mobilePhone(entered.customerId());
            }
            case TRANSFER -> {
                provider = Banks.require(entered.provider(), "provider");
                customerId = Banks.requireAccountNumber(entered.customerId(), "accountNumber");
            }
            case MOBILE_PHONE -> {
                provider = RequestChecks.requiredEnum(entered.provider(), "provider", Carrier.class).name();
                customerId = mobilePhone(entered.customerId());
            }
            default -> throw RequestChecks.invalid("method", "EASY_PAY, TRANSFER or MOBILE_PHONE");
        }
        store.authenticateWithProvider(paymentKey, method, RandomTokens.prefixed("prv", 24), provider, customerId,
                customerIp);
        return queries.load(paymentKey);
    }

    /** The wallets a customer can pay with in the window. */
    public enum EasyPayProvider { KAKAOPAY, NAVERPAY, TOSSPAY, PAYCO }

    /** The carriers that bill a purchase with the phone bill (휴대폰 결제). */
    public enum Carrier { SKT, KT, LGU }

    private static String mobilePhone(String value) {
        String digits = RequestChecks.requiredCode(value, "phone", 20).replace("-", "");
        if (!digits.matches("01\\d{8,9}")) {
            throw RequestChecks.invalid("phone", "must be a mobile phone number (01X...)");
        }
        return digits;
    }

    /**
     * Approves a payment the customer authenticated in the window. The amount must be the created one; only one
     * confirm ever reaches the card network, and the answer is recorded like a key-in's.
     */
    public PaymentView confirm(MerchantCredential caller, ConfirmRequest request) {
        caller.requireMayMoveMoney();
        liveAcquirer.requireFor(caller.mode());
        String paymentKey = RequestChecks.requiredCode(request.paymentKey(), "paymentKey", 40);
        LogContext.payment(paymentKey);
        String orderId = RequestChecks.requiredCode(request.orderId(), "orderId", 64);
        long amount = PaymentAmounts.requireValidAmount(request.amount(), "amount");
        long started = System.nanoTime();
        ConfirmAttempt attempt = store.claimConfirm(caller.mode(), caller.merchantId(), paymentKey, orderId, amount);
        if (attempt.blocked()) {
            PaymentView blocked = queries.find(caller.mode(), caller.merchantId(), paymentKey);
            metrics.blocked(blocked.payment().method(), caller.mode());
            return answer(blocked);   // FDS_ERROR
        }
        AuthorizationOutcome outcome = settle(attempt.instrument().channel(), attempt.networkReference(),
                network.authorize(new AuthorizationRequest(attempt.networkReference(), attempt.instrument(), amount,
                        "KRW")));
        PaymentView recorded = store.recordOutcome(paymentKey, outcome);
        metrics.attempt(recorded.payment().method(), caller.mode(), outcome, started);
        return answer(recorded);
    }

    public PaymentView find(MerchantCredential caller, String paymentKey) {
        return queries.find(caller.mode(), caller.merchantId(), paymentKey);
    }

    public PaymentPage list(MerchantCredential caller, String from, String to, String status, String limit,
                            String cursor) {
        return queries.list(caller.mode(), caller.merchantId(), PaymentListQuery.parse(from, to, status, limit, cursor));
    }

    public PaymentView findByOrderId(MerchantCredential caller, String orderId) {
        return queries.findByOrderId(caller.mode(), caller.merchantId(), orderId);
    }

    /**
     * Cancels the whole balance or part of it. The cancel is booked first (under the payment's lock, with its
     * journal entry), then the network is told; a network that does not confirm is retried by the reconciler.
     */
    public PaymentView cancel(MerchantCredential caller, String paymentKey, CancelRequest request, RetryKey retryKey) {
        caller.requireMayMoveMoney();
        return cancel(caller.mode(), caller.merchantId(), paymentKey, request, retryKey, null);
    }

    /**
     * A cancel from the merchant's dashboard: the API's cancel for the member's merchant and mode, and an audit entry
     * naming the member.
     */
    public PaymentView cancelByMember(MerchantCredential member, String actor, String paymentKey,
                                      CancelRequest request, RetryKey retryKey) {
        Payment before = queries.find(member.mode(), member.merchantId(), paymentKey).payment();
        PaymentView view = cancel(member, paymentKey, request, retryKey);
        auditLog.recordAlone(actor, "PAYMENT_CANCELED", "PAYMENT", paymentKey,
                "balance=" + before.balanceAmount() + ", status=" + before.status(),
                "balance=" + view.payment().balanceAmount() + ", status=" + view.payment().status()
                        + ", reason=" + request.cancelReason());
        return view;
    }

    /** A refund started by staff (support, admin): the same rules as the merchant's, and an audit entry. */
    public PaymentView cancelByStaff(StaffCancel staff, String paymentKey, CancelRequest request, RetryKey retryKey) {
        Payment payment = queries.load(paymentKey).payment();
        PaymentView view = cancel(payment.mode(), payment.merchantId(), paymentKey, request, retryKey, staff);
        auditLog.recordAlone(staff.staff(), "PAYMENT_CANCELED", "PAYMENT", paymentKey,
                "balance=" + payment.balanceAmount() + ", status=" + payment.status(),
                "balance=" + view.payment().balanceAmount() + ", status=" + view.payment().status()
                        + ", reason=" + request.cancelReason());
        return view;
    }

    private PaymentView cancel(Mode mode, String merchantId, String paymentKey, CancelRequest request,
                               RetryKey retryKey, StaffCancel staff) {
        LogContext.payment(paymentKey);
        String reason = RequestChecks.requiredText(request.cancelReason(), "cancelReason",
                CancelRequest.CANCEL_REASON_LENGTH);
        if (request.cancelAmount() != null) {
            PaymentAmounts.requireValidAmount(request.cancelAmount(), "cancelAmount");
        }
        long taxFree = request.taxFreeAmount() == null ? 0 : request.taxFreeAmount();
        if (taxFree < 0) {
            throw RequestChecks.invalid("taxFreeAmount", "must not be negative");
        }
        RefundAccountRequest to = request.refundReceiveAccount();
        RefundReceiveAccount refundAccount = to == null ? null : new RefundReceiveAccount(
                Banks.require(to.bank(), "refundReceiveAccount.bank"),
                Banks.requireAccountNumber(to.accountNumber(), "refundReceiveAccount.accountNumber"),
                RequestChecks.requiredText(to.holderName(), "refundReceiveAccount.holderName", 100));
        long started = System.nanoTime();
        BookedCancel booked = cancelBook.bookCancel(mode, merchantId, paymentKey, request.cancelAmount(), taxFree, reason,
                refundAccount, retryKey, staff);
        try {
            cancelRelay.tell(booked);
        } catch (RuntimeException notToldYet) {
            // the cancel is booked and answered; telling the network is retried by the reconciler
            LOG.severe(() -> "cancel " + booked.transactionKey() + " booked, network not told yet", notToldYet);
        }
        PaymentView after = queries.find(mode, merchantId, paymentKey);
        metrics.cancel(booked.method(), mode, after.payment().status(), started);
        return after;
    }

    /** After no answer, ask once: an attempt the network does not know yet stays unknown for the reconciler. */
    private AuthorizationOutcome settle(Channel channel, String reference, AuthorizationOutcome outcome) {
        if (!(outcome instanceof Unknown)) {
            return outcome;
        }
        AuthorizationOutcome asked = network.inquire(channel, reference);
        if (asked instanceof PaymentNetwork.NotReceived) {
            return new Unknown("the network does not know the attempt yet");
        }
        return asked;
    }

    private static PaymentView answer(PaymentView view) {
        Payment payment = view.payment();
        if (payment.status() == PaymentStatus.ABORTED) {
            ErrorCode code = codeOf(payment.failureCode());
            throw new PaygridException(code, payment.failureMessage());
        }
        if (payment.status() == PaymentStatus.IN_PROGRESS && view.outcomeUnknown()) {
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
