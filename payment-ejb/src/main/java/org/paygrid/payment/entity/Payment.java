package org.paygrid.payment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.paygrid.fds.entity.FdsDecision;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * One payment of one merchant in one mode, and the journal of its money movements ({@link PaymentTransaction}):
 * its authorization or deposit and its cancels. Before money moves, its status follows the customer (READY,
 * IN_PROGRESS, WAITING_FOR_DEPOSIT, EXPIRED); after that, status, balance and tax-free part are derived from the
 * movements in one place ({@link #deriveFromTransactions}), along {@link PaymentStatus}. The full card number is
 * never held here.
 */
@Entity
@Table(name = "pay_payment")
public class Payment {

    @Id
    @Column(name = "payment_key", length = 40)
    private String paymentKey;

    @Column(name = "merchant_id", nullable = false, length = 32)
    private String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Mode mode;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "order_name", nullable = false, length = 100)
    private String orderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PaymentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PaymentMethod method;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "total_amount", nullable = false)
    private long totalAmount;

    @Column(name = "balance_amount", nullable = false)
    private long balanceAmount;

    @Column(name = "tax_free_amount", nullable = false)
    private long taxFreeAmount;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    /** The wallet, bank code or carrier of a provider-approved payment. */
    @Column(length = 20)
    private String provider;

    /** The customer's phone or account number at the provider (needed to approve; shown masked). */
    @Column(name = "provider_customer", length = 40)
    private String providerCustomer;

    @Embedded
    private VirtualAccount virtualAccount;

    @Column(name = "deposit_id", length = 40)
    private String depositId;

    @Embedded
    private CashReceipt cashReceipt;

    @Column(name = "use_escrow", nullable = false)
    private boolean useEscrow;

    @Column(name = "billing_key", length = 40, updatable = false)
    private String billingKey;

    @Column(name = "card_number", length = 19)
    private String cardNumberMasked;

    /** The SHA-256 of the Idempotency-Key the payment was created with, if any: a retry resumes this payment. */
    @Column(name = "idempotency_key_hash", length = 64, updatable = false)
    private String idempotencyKeyHash;

    @Column(name = "card_issuer_code", length = 4)
    private String cardIssuerCode;

    @Column(name = "card_acquirer_code", length = 4)
    private String cardAcquirerCode;

    @Column(name = "card_type", length = 8)
    private String cardType;

    @Column(name = "installment_months")
    private Integer installmentMonths;

    @Column(name = "interest_free")
    private Boolean interestFree;

    @Column(name = "approve_no", length = 20)
    private String approveNo;

    @Column(name = "failure_code", length = 40)
    private String failureCode;

    @Column(name = "failure_message", length = 300)
    private String failureMessage;

    /** The address the customer paid from in the payment window (what fraud detection's IP rules count by). */
    @Column(name = "customer_ip", length = 45)
    private String customerIp;

    /** What fraud detection decided before the network was called, and the enforced rules that fired; null: never screened. */
    @Enumerated(EnumType.STRING)
    @Column(name = "fraud_decision", length = 8)
    private FdsDecision fdsDecision;

    @Column(name = "fraud_rules", length = 300)
    private String fdsRules;

    /** The review a REVIEW decision opens once the payment is approved; settlement holds the payment while OPEN. */
    @Enumerated(EnumType.STRING)
    @Column(name = "fraud_review", length = 10)
    private ReviewStatus fdsReview;

    /** The id of the authorization attempt at the card network: asked again by inquiry, cancelled by it. */
    @Column(name = "network_reference", length = 64)
    private String networkReference;

    @Column(name = "success_url", length = 1000)
    private String successUrl;

    @Column(name = "fail_url", length = 1000)
    private String failUrl;

    @Column(name = "customer_email", length = 254)
    private String customerEmail;

    @Column(name = "customer_name", length = 100)
    private String customerName;

    @Column(name = "metadata", length = 4000)
    private String metadataJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** The money movements, oldest first; appended to, never changed but for a movement's one answer. */
    @OneToMany(mappedBy = "payment", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PaymentTransaction> transactions = new ArrayList<>();

    protected Payment() {
        // for JPA
    }

    public Payment(String paymentKey, String merchantId, Mode mode, String orderId, String orderName,
                   PaymentMethod method, long amount, long taxFreeAmount, String metadataJson, Instant now) {
        if (taxFreeAmount < 0 || taxFreeAmount > amount) {
            throw new IllegalArgumentException("taxFreeAmount must be within 0..amount");
        }
        this.paymentKey = paymentKey;
        this.merchantId = merchantId;
        this.mode = mode;
        this.orderId = orderId;
        this.orderName = orderName;
        this.method = method;
        this.status = PaymentStatus.READY;
        this.currency = "KRW";
        this.totalAmount = amount;
        this.balanceAmount = amount;
        this.taxFreeAmount = taxFreeAmount;
        this.metadataJson = metadataJson;
        this.requestedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A charge of a stored card: the payment remembers which billing key paid it. */
    public void paidWithBillingKey(String billingKey) {
        this.billingKey = billingKey;
    }

    /** Ties the payment to the request that creates it, so that a retry of that request finds it. */
    public void createdBy(RetryKey retryKey) {
        this.idempotencyKeyHash = retryKey == null ? null : retryKey.hash();
    }

    /**
     * Whether a card may wait in the vault for this payment: only one entered in the payment window does, until the
     * merchant's confirm is answered. Window payments are the ones with a return address; key-ins and billing-key
     * charges send the card straight on and never seal it for the payment.
     */
    public boolean mayHoldSealedCard() {
        return successUrl != null;
    }

    /** Where the payment window sends the customer back, and who the customer is (window payments only). */
    public void checkoutDetails(String successUrl, String failUrl, String customerEmail, String customerName) {
        this.successUrl = successUrl;
        this.failUrl = failUrl;
        this.customerEmail = customerEmail;
        this.customerName = customerName;
    }

    /**
     * The authorization is about to go to the network: its transaction is opened (PENDING), which is also what makes
     * a second confirm find the payment taken, and what the reconciler asks about if the answer never comes.
     */
    public PaymentTransaction authorize(String transactionKey, Instant now) {
        if (status != PaymentStatus.IN_PROGRESS || sale().isPresent()) {
            throw new IllegalStateException("payment " + paymentKey + " is " + status + ", authorized already or not ready");
        }
        PaymentTransaction authorization = new PaymentTransaction(this, transactionKey, TransactionKind.AUTHORIZATION,
                totalAmount, taxFreeAmount, networkReference, now);
        transactions.add(authorization);
        updatedAt = now;
        return authorization;
    }

    /**
     * What fraud detection decided before the network call. BLOCK aborts the payment (FDS_ERROR, nothing sent, nothing
     * charged); REVIEW lets it go on and opens its review once it is approved.
     */
    public void screened(FdsDecision decision, List<String> rules, Instant now) {
        if (status != PaymentStatus.IN_PROGRESS || sale().isPresent()) {
            throw new IllegalStateException("payment " + paymentKey + " is screened before its authorization, not " + status);
        }
        this.fdsDecision = decision;
        this.fdsRules = rules.isEmpty() ? null : String.join(",", rules);
        if (decision == FdsDecision.BLOCK) {
            moveTo(PaymentStatus.ABORTED, now);
            this.failureCode = "FDS_ERROR";
            this.failureMessage = "Fraud detection blocked the payment (" + fdsRules + ")";
        }
    }

    /** The customer's address as the payment window saw it (behind trusted proxies, the client's own). */
    public void customerFrom(String customerIp) {
        this.customerIp = customerIp == null || customerIp.length() > 45 ? null : customerIp;
    }

    /** Staff cleared the review: the payment is settled from now on. */
    public void clearReview(Instant now) {
        requireOpenReview();
        this.fdsReview = ReviewStatus.CLEARED;
        this.updatedAt = now;
    }

    /** Staff refunded the payment under review in full (the cancel itself goes the normal way). */
    public void refundedAfterReview(Instant now) {
        requireOpenReview();
        this.fdsReview = ReviewStatus.REFUNDED;
        this.updatedAt = now;
    }

    public void requireOpenReview() {
        if (fdsReview != ReviewStatus.OPEN) {
            throw new PaygridException(ErrorCode.NOT_UNDER_REVIEW,
                    "Payment " + paymentKey + " is not waiting for a fraud review");
        }
    }

    /** Whether the authorization has gone to the network (a confirm took the payment over). */
    public boolean authorizationStarted() {
        return sale().isPresent();
    }

    /** Not confirmed in time: the payment can no longer be paid. */
    public void expire(Instant now) {
        moveTo(PaymentStatus.EXPIRED, now);
    }

    /** Could never be paid (the bank opened no account): expired with the reason. */
    public void expireUnpaid(String code, String message, Instant now) {
        moveTo(PaymentStatus.EXPIRED, now);
        this.failureCode = code;
        this.failureMessage = message;
    }

    /** The customer (or the merchant's key-in) handed over the card: the network is asked next. */
    public void startAuthorization(String networkReference, String maskedCardNumber, int installmentMonths,
                                   Instant now) {
        moveTo(PaymentStatus.IN_PROGRESS, now);
        this.method = PaymentMethod.CARD;
        this.networkReference = networkReference;
        this.cardNumberMasked = maskedCardNumber;
        this.installmentMonths = installmentMonths;
    }

    /**
     * The customer chose a wallet, a bank account or a phone line in the window: {@code provider} is the wallet
     * (KAKAOPAY...), the bank code or the carrier, {@code customerId} the phone or account number there.
     */
    public void startProviderAuthorization(PaymentMethod method, String networkReference, String provider,
                                           String customerId, Instant now) {
        if (method != PaymentMethod.EASY_PAY && method != PaymentMethod.TRANSFER && method != PaymentMethod.MOBILE_PHONE) {
            throw new IllegalArgumentException(method + " is not approved by a provider");
        }
        moveTo(PaymentStatus.IN_PROGRESS, now);
        this.method = method;
        this.networkReference = networkReference;
        this.provider = provider;
        this.providerCustomer = customerId;
    }

    /** A wallet, bank or carrier approved the payment. */
    public void approveByProvider(String approveNo, Instant now) {
        openSale().succeed(now);
        this.approveNo = approveNo;
        deriveFromTransactions(now);
        issueCashReceipt();
    }

    /** The bank opened the account: the customer now has until {@code dueAt} to transfer the exact amount. */
    public void awaitDeposit(String networkReference, VirtualAccount account, Instant now) {
        moveTo(PaymentStatus.WAITING_FOR_DEPOSIT, now);
        this.method = PaymentMethod.VIRTUAL_ACCOUNT;
        this.networkReference = networkReference;
        this.virtualAccount = account;
    }

    /** The customer's deposit arrived; the bank's deposit id makes a second notice of it change nothing. */
    public PaymentTransaction deposited(String transactionKey, String depositId, Instant at) {
        if (status != PaymentStatus.WAITING_FOR_DEPOSIT) {
            throw new IllegalTransitionException(status, PaymentStatus.DONE);
        }
        PaymentTransaction deposit = new PaymentTransaction(this, transactionKey, TransactionKind.DEPOSIT, totalAmount,
                taxFreeAmount, depositId, at);
        deposit.succeed(at);
        transactions.add(deposit);
        this.depositId = depositId;
        deriveFromTransactions(at);
        issueCashReceipt();
        return deposit;
    }

    /** Cash receipts (현금영수증) and escrow, which Korean law asks for bank-paid methods. */
    public void cashAndEscrow(CashReceipt cashReceipt, boolean useEscrow) {
        this.cashReceipt = cashReceipt;
        this.useEscrow = useEscrow;
    }

    private void issueCashReceipt() {
        if (cashReceipt != null && cashReceipt.status() == CashReceipt.Status.REQUESTED) {
            cashReceipt = cashReceipt.issued();
        }
    }

    /** A refund of a deposited virtual account is under way, or done. */
    public void refundStatus(VirtualAccount.RefundStatus refundStatus) {
        if (virtualAccount != null) {
            virtualAccount = virtualAccount.withRefundStatus(refundStatus);
        }
    }

    public void approve(CardApproval approval, Instant now) {
        openSale().succeed(now);
        this.cardNumberMasked = approval.maskedNumber();
        this.cardIssuerCode = approval.issuerCode();
        this.cardAcquirerCode = approval.acquirerCode();
        this.cardType = approval.cardType();
        this.installmentMonths = approval.installmentPlanMonths();
        this.interestFree = approval.interestFree();
        this.approveNo = approval.approveNo();
        deriveFromTransactions(now);
    }

    /** The network refused the authorization (or never received it): nothing was charged. */
    public void abort(String code, String message, Instant now) {
        openSale().fail(code, message, now);
        deriveFromTransactions(now);
    }

    /** No answer in time: the authorization stays open, UNKNOWN, until the reconciler's inquiry settles it. */
    public void answerUnknown(Instant now) {
        PaymentTransaction authorization = openSale();
        if (authorization.status() == TransactionStatus.PENDING) {
            authorization.unknown();
            this.updatedAt = now;
        }
    }

    /** The authorization or deposit still waiting for its answer; there is none before {@link #authorize}. */
    private PaymentTransaction openSale() {
        PaymentTransaction sale = sale().orElseThrow(() -> new IllegalTransitionException(status, PaymentStatus.DONE));
        if (!sale.status().isOpen()) {
            throw new IllegalTransitionException(status, PaymentStatus.DONE);
        }
        return sale;
    }

    /**
     * Whether {@code requestedAmount} (null: the whole balance) may be cancelled now, and how much that is: the one
     * cancel rule, asked by the API, the staff console and refund approvals alike.
     */
    public long requireCancelable(Long requestedAmount, long taxFreeAmount) {
        if (status == PaymentStatus.CANCELED) {
            throw new PaygridException(ErrorCode.ALREADY_CANCELED_PAYMENT, "The payment is already fully canceled");
        }
        if (!status.isCancelable()) {
            throw new PaygridException(ErrorCode.NOT_CANCELABLE_PAYMENT,
                    "A payment in status " + status + " cannot be canceled");
        }
        long amount = requestedAmount == null ? balanceAmount : requestedAmount;
        if (amount > balanceAmount) {
            throw new PaygridException(ErrorCode.NOT_CANCELABLE_AMOUNT,
                    "cancelAmount " + amount + " exceeds the cancelable balance " + balanceAmount);
        }
        if (taxFreeAmount > amount) {
            throw new PaygridException(ErrorCode.INVALID_REQUEST, "taxFreeAmount: must not exceed the cancel amount");
        }
        return amount;
    }

    /** Whether any of the payment can still be cancelled (the console shows its refund form only then). */
    public boolean cancelable() {
        return status.isCancelable() && balanceAmount > 0;
    }

    /**
     * Books a cancel of {@code amount}: from now on it counts against the balance, which goes down by it; the
     * network is told afterwards and confirms it with {@link #cancelConfirmed}.
     */
    public PaymentTransaction cancel(String transactionKey, long amount, long taxFreeAmount, String reason, Instant now) {
        if (!status.isCancelable() || amount < 1 || amount > balanceAmount) {
            throw new IllegalStateException("cancel of " + amount + " on " + status + " balance " + balanceAmount);
        }
        PaymentTransaction cancel = PaymentTransaction.cancel(this, transactionKey, amount, taxFreeAmount, reason,
                balanceAmount - amount, now);
        transactions.add(cancel);
        deriveFromTransactions(now);
        return cancel;
    }

    /**
     * The network (or, for a virtual account, the bank) confirmed the cancel. A virtual account's refund status
     * follows: completed once every refund is confirmed. False when it was confirmed before.
     */
    public boolean cancelConfirmed(String transactionKey, Instant at) {
        PaymentTransaction cancel = transactions.stream()
                .filter(t -> t.kind() == TransactionKind.CANCEL && t.transactionKey().equals(transactionKey))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no cancel " + transactionKey));
        if (cancel.status() != TransactionStatus.PENDING) {
            return false;
        }
        cancel.succeed(at);
        boolean refunds = cancels().stream().anyMatch(t -> t.refundReceiveAccount() != null);
        if (refunds && cancels().stream().noneMatch(t -> t.status().isOpen())) {
            refundStatus(status == PaymentStatus.CANCELED ? VirtualAccount.RefundStatus.COMPLETED
                    : VirtualAccount.RefundStatus.PARTIAL_COMPLETED);
        }
        updatedAt = at;
        return true;
    }

    /**
     * The one place where the payment's money follows from its movements: once an authorization or deposit exists,
     * its status is IN_PROGRESS while that is open, ABORTED when it failed, and after success DONE, PARTIAL_CANCELED
     * or CANCELED by the balance its cancels leave. A partial cancel gives back VAT-bearing money first: the
     * tax-free part shrinks only as far as the taxable part is gone.
     */
    private void deriveFromTransactions(Instant now) {
        PaymentTransaction sale = sale().orElse(null);
        if (sale == null) {
            return;
        }
        long balance = sale.amount();
        long taxFree = sale.taxFreeAmount();
        for (PaymentTransaction cancel : transactions) {
            if (cancel.countsAgainstBalance()) {
                balance -= cancel.amount();
                taxFree = Math.min(taxFree - Math.min(cancel.taxFreeAmount(), taxFree), balance);
            }
        }
        PaymentStatus next = switch (sale.status()) {
            case PENDING, UNKNOWN -> PaymentStatus.IN_PROGRESS;
            case FAILED -> PaymentStatus.ABORTED;
            case SUCCESS -> balance == sale.amount() ? PaymentStatus.DONE
                    : balance == 0 ? PaymentStatus.CANCELED : PaymentStatus.PARTIAL_CANCELED;
        };
        if (next != status || next == PaymentStatus.PARTIAL_CANCELED) {
            moveTo(next, now);
        }
        if (sale.status() == TransactionStatus.SUCCESS) {
            if (fdsDecision == FdsDecision.REVIEW && fdsReview == null) {
                this.fdsReview = ReviewStatus.OPEN;   // approved: now it waits for staff, held from settlement
            } else if (fdsReview == ReviewStatus.OPEN && balance == 0) {
                this.fdsReview = ReviewStatus.REFUNDED;   // cancelled in full: nothing left to review
            }
            this.approvedAt = sale.completedAt();
            this.balanceAmount = balance;
            this.taxFreeAmount = taxFree;
        } else if (sale.status() == TransactionStatus.FAILED) {
            this.failureCode = sale.failureCode();
            this.failureMessage = sale.failureMessage();
        }
        this.updatedAt = now;
    }

    /** The authorization or deposit that brings the money in, if it has been asked for. */
    public Optional<PaymentTransaction> sale() {
        return transactions.stream().filter(t -> t.kind().isSale()).findFirst();
    }

    public List<PaymentTransaction> cancels() {
        return transactions.stream().filter(t -> t.kind() == TransactionKind.CANCEL).toList();
    }

    /** Every movement, oldest first. */
    public List<PaymentTransaction> transactions() {
        return Collections.unmodifiableList(transactions);
    }

    /** Asked and not answered: only the network's answer to an inquiry can settle it. */
    public boolean outcomeUnknown() {
        return sale().map(t -> t.status() == TransactionStatus.UNKNOWN).orElse(false);
    }

    private void moveTo(PaymentStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalTransitionException(status, next);
        }
        this.status = next;
        this.updatedAt = now;
    }

    public String paymentKey() { return paymentKey; }
    public String merchantId() { return merchantId; }
    public Mode mode() { return mode; }
    public String orderId() { return orderId; }
    public String orderName() { return orderName; }
    public PaymentStatus status() { return status; }
    public PaymentMethod method() { return method; }
    public String currency() { return currency; }
    public long totalAmount() { return totalAmount; }
    public long balanceAmount() { return balanceAmount; }
    public long taxFreeAmount() { return taxFreeAmount; }
    public long vat() { return PaymentAmounts.vat(balanceAmount, taxFreeAmount); }
    public long suppliedAmount() { return PaymentAmounts.supplied(balanceAmount, taxFreeAmount); }
    public Instant requestedAt() { return requestedAt; }
    public Instant approvedAt() { return approvedAt; }
    public String networkReference() { return networkReference; }
    public String billingKey() { return billingKey; }
    public String provider() { return provider; }
    public String providerCustomer() { return providerCustomer; }
    public VirtualAccount virtualAccount() { return virtualAccount; }
    public String depositId() { return depositId; }
    public CashReceipt cashReceipt() { return cashReceipt; }
    public boolean useEscrow() { return useEscrow; }
    public String approveNo() { return approveNo; }
    public String customerEmail() { return customerEmail; }
    public String customerIp() { return customerIp; }
    public FdsDecision fdsDecision() { return fdsDecision; }
    public List<String> fdsRules() { return fdsRules == null ? List.of() : List.of(fdsRules.split(",")); }
    public ReviewStatus fdsReview() { return fdsReview; }
    public String metadataJson() { return metadataJson; }
    public String failureCode() { return failureCode; }
    public String failureMessage() { return failureMessage; }
    public String cardNumberMasked() { return cardNumberMasked; }
    public String successUrl() { return successUrl; }
    public String failUrl() { return failUrl; }
    public Integer installmentMonths() { return installmentMonths; }
    public Instant createdAt() { return createdAt; }

    /** The card as the contract shows it, or null while no card has been approved. */
    public CardApproval card() {
        return approveNo == null || method != PaymentMethod.CARD ? null : new CardApproval(cardNumberMasked, cardIssuerCode, cardAcquirerCode,
                cardType, installmentMonths == null ? 0 : installmentMonths, Boolean.TRUE.equals(interestFree), approveNo);
    }
}
