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
import org.paygrid.payment.control.Installments;
import org.paygrid.payment.control.Metadata;
import org.paygrid.payment.control.PaymentStore;
import org.paygrid.payment.entity.CardExpiry;
import org.paygrid.payment.entity.CardNumber;
import org.paygrid.payment.entity.OrderId;
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
        String orderId = OrderId.require(request.orderId());
        String orderName = RequestChecks.requiredText(request.orderName(), "orderName", 100);
        long amount = PaymentAmounts.requireValidAmount(request.amount(), "amount");
        long taxFree = request.taxFreeAmount() == null ? 0 : request.taxFreeAmount();
        if (taxFree < 0 || taxFree > amount) {
            throw RequestChecks.invalid("taxFreeAmount", "must be within 0..amount");
        }
        String metadata = Metadata.toJson(request.metadata());
        CardNumber card = CardNumber.parse(request.cardNumber());
        CardExpiry expiry = CardExpiry.of(request.cardExpirationYear(), request.cardExpirationMonth(),
                YearMonth.now(clock.withZone(ClockProducer.SEOUL)));
        int installments = Installments.require(request.cardInstallmentPlan(), amount);

        Payment payment = new Payment(RandomTokens.prefixed("pay", 24), caller.merchantId(), caller.mode(), orderId,
                orderName, PaymentMethod.CARD, amount, taxFree, metadata, clock.instant());
        String reference = RandomTokens.prefixed("auth", 24);
        store.openCardAttempt(payment, reference, card.masked(), installments);

        AuthorizationOutcome outcome = network.authorize(new AuthorizationRequest(reference, card.digits(),
                expiry.month().getYear(), expiry.month().getMonthValue(), amount, payment.currency(), installments));
        if (outcome instanceof Unknown) {
            outcome = network.inquire(reference);
            if (outcome instanceof CardNetwork.Failed notFound && "NOT_FOUND".equals(notFound.code())) {
                outcome = new Unknown("the network does not know the attempt yet");
            }
        }
        PaymentView view = store.recordOutcome(payment.paymentKey(), outcome);
        return answer(view);
    }

    public PaymentView find(MerchantCredential caller, String paymentKey) {
        return store.find(caller.mode(), caller.merchantId(), paymentKey);
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
