package org.paygrid.payment.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.network.boundary.BankNetwork;
import org.paygrid.network.boundary.BankNetwork.AccountOutcome;
import org.paygrid.network.boundary.BankNetwork.NoAnswer;
import org.paygrid.network.boundary.BankNetwork.Opened;
import org.paygrid.network.boundary.BankNetwork.Refused;
import org.paygrid.payment.control.LiveAcquirer;
import org.paygrid.payment.control.Banks;
import org.paygrid.payment.control.CashReceipts;
import org.paygrid.payment.control.PaymentStore;
import org.paygrid.payment.control.PaymentQueries;
import org.paygrid.payment.control.VirtualAccountStore;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentAmounts;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.id.RandomTokens;
import org.paygrid.shared.logging.Log;

/**
 * Virtual accounts (가상계좌): the bank opens an account for the payment, the customer transfers the exact amount
 * before the due date, and the deposit approves the payment. Like card approvals, the bank is called between
 * short transactions, never inside one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VirtualAccounts {

    @Inject
    LiveAcquirer liveAcquirer;

    static final int DEFAULT_VALID_HOURS = 7 * 24;
    static final int MAX_VALID_HOURS = 30 * 24;
    private static final Log LOG = Log.of(VirtualAccounts.class);

    @EJB
    PaymentStore store;

    @EJB
    PaymentQueries queries;

    @EJB
    VirtualAccountStore accounts;

    @Inject
    BankNetwork bank;

    @Inject
    Clock clock;

    public PaymentView issue(MerchantCredential caller, VirtualAccountRequest request) {
        caller.requireMayMoveMoney();
        liveAcquirer.requireFor(caller.mode());
        OrderDraft order = OrderDraft.parse(request.orderId(), request.orderName(), request.amount(),
                request.taxFreeAmount(), request.metadata());
        String bankCode = Banks.require(request.bank(), "bank");
        String customerName = RequestChecks.requiredText(request.customerName(), "customerName", 100);
        int validHours = request.validHours() == null ? DEFAULT_VALID_HOURS : request.validHours();
        if (validHours < 1 || validHours > MAX_VALID_HOURS) {
            throw RequestChecks.invalid("validHours", "must be 1.." + MAX_VALID_HOURS + " (30 days)");
        }
        String email = request.customerEmail() == null ? null
                : RequestChecks.requiredEmail(request.customerEmail(), "customerEmail");
        Instant now = clock.instant();
        Payment payment = new Payment(RandomTokens.prefixed("pay", 24), caller.merchantId(), caller.mode(),
                order.orderId(), order.orderName(), PaymentMethod.VIRTUAL_ACCOUNT, order.amount(), order.taxFreeAmount(),
                order.metadataJson(), now);
        payment.cashAndEscrow(CashReceipts.parse(request.cashReceipt()), Boolean.TRUE.equals(request.useEscrow()));
        payment.checkoutDetails(null, null, email, customerName);
        store.create(payment);

        String reference = RandomTokens.prefixed("vac", 24);
        Instant dueAt = now.plus(Duration.ofHours(validHours));
        AccountOutcome opened = bank.open(reference, bankCode, customerName, order.amount(), dueAt);
        if (opened instanceof NoAnswer) {
            opened = bank.open(reference, bankCode, customerName, order.amount(), dueAt); // idempotent on reference
        }
        if (opened instanceof Opened account) {
            return accounts.recordAccountOpened(payment.paymentKey(), reference, account.account(), customerName);
        }
        bank.close(reference); // in case the bank opened it after all: nobody can pay into it now
        String message = opened instanceof Refused refused ? refused.message() : "The bank did not answer";
        accounts.failOpening(payment.paymentKey(), ErrorCode.PROVIDER_ERROR.name(), message);
        throw new PaygridException(ErrorCode.PROVIDER_ERROR, "No virtual account was issued: " + message);
    }

    /**
     * Test mode only: plays the customer's bank transfer. The bank refuses any amount but the exact one; the
     * deposit it books approves the payment (once, however often the bank reports it).
     */
    public PaymentView depositInSandbox(MerchantCredential caller, String paymentKey, Long amount) {
        if (caller.mode() != Mode.TEST) {
            throw new PaygridException(ErrorCode.FORBIDDEN_KEY, "The sandbox takes test keys only");
        }
        Payment payment = queries.find(caller.mode(), caller.merchantId(), paymentKey).payment();
        long deposit = PaymentAmounts.requireValidAmount(amount, "amount");
        if (payment.method() != PaymentMethod.VIRTUAL_ACCOUNT || payment.status() != PaymentStatus.WAITING_FOR_DEPOSIT) {
            throw new PaygridException(ErrorCode.NOT_WAITING_FOR_DEPOSIT,
                    "The payment is " + payment.status() + ", not a virtual account waiting for a deposit");
        }
        AccountOutcome outcome = bank.deposit(payment.networkReference(), deposit);
        if (outcome instanceof Opened account && account.account().deposited()) {
            return accounts.recordDeposit(paymentKey, account.account().depositId(), account.account().depositedAt());
        }
        if (outcome instanceof Refused refused) {
            throw "INVALID_DEPOSIT_AMOUNT".equals(refused.code())
                    ? new PaygridException(ErrorCode.INVALID_DEPOSIT_AMOUNT, refused.message())
                    : new PaygridException(ErrorCode.NOT_WAITING_FOR_DEPOSIT, refused.message());
        }
        throw new PaygridException(ErrorCode.PROVIDER_ERROR, "The bank did not confirm the deposit; try again");
    }

    /**
     * Expires accounts past their due date. The account is closed at the bank first, so no deposit can arrive
     * after the payment expired; an account the customer paid just in time is recorded as paid instead.
     */
    public int expireOverdue() {
        int expired = 0;
        for (String paymentKey : accounts.overdueAccounts(clock.instant())) {
            Payment payment = queries.load(paymentKey).payment();
            AccountOutcome closed = bank.close(payment.networkReference());
            if (closed instanceof Opened account && account.account().deposited()) {
                accounts.recordDeposit(paymentKey, account.account().depositId(), account.account().depositedAt());
            } else if (closed instanceof Opened || closed instanceof Refused) {
                accounts.expireAccount(paymentKey);
                expired++;
            } else {
                LOG.warning(() -> "virtual account of " + paymentKey + " not closed yet: " + closed);
            }
        }
        return expired;
    }
}
