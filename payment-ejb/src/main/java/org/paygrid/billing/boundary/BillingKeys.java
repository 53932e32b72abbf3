package org.paygrid.billing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.regex.Pattern;
import org.paygrid.billing.entity.BillingKey;
import org.paygrid.idempotency.entity.RetryKey;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.payment.boundary.PaymentView;
import org.paygrid.payment.boundary.Payments;
import org.paygrid.payment.boundary.OrderDraft;
import org.paygrid.payment.boundary.StoredCards;
import org.paygrid.payment.entity.Installments;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.id.RandomTokens;

/**
 * Issues, charges and revokes billing keys. Issuing and revoking are short transactions of their own; a charge
 * reads the key, then runs outside any transaction through {@link Payments} like every card approval.
 */
@Stateless
public class BillingKeys {

    private static final Pattern CUSTOMER_KEY = Pattern.compile("[A-Za-z0-9\\-_=.@]{2,300}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StoredCards storedCards;

    @EJB
    Payments payments;

    public BillingKeyView issue(MerchantCredential caller, BillingKeyRequest request) {
        caller.requireMayMoveMoney();
        String customerKey = customerKey(request.customerKey());
        String billingKey = RandomTokens.prefixed("bil", 24);
        StoredCards.StoredCard card = storedCards.store(billingKey, request.cardNumber(),
                request.cardExpirationYear(), request.cardExpirationMonth());
        BillingKey key = new BillingKey(billingKey, caller.merchantId(), caller.mode(), customerKey,
                card.maskedNumber(), card.sealed(), clock.instant());
        em.persist(key);
        return BillingKeyView.of(key);
    }

    /** Charges the stored card: the billing key must be the merchant's, in this mode, active, and the customer's. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public PaymentView charge(MerchantCredential caller, String billingKey, BillingChargeRequest request,
                              RetryKey retryKey) {
        caller.requireMayMoveMoney();
        String customerKey = customerKey(request.customerKey());
        OrderDraft order = OrderDraft.parse(request.orderId(), request.orderName(), request.amount(),
                request.taxFreeAmount(), request.metadata());
        int installments = Installments.require(request.cardInstallmentPlan(), order.amount());
        BillingKey key = owned(em.find(BillingKey.class, billingKey), caller, billingKey);
        if (!key.active()) {
            throw new PaygridException(ErrorCode.NOT_FOUND_BILLING_KEY, "The billing key " + billingKey + " was revoked");
        }
        if (!key.customerKey().equals(customerKey)) {
            throw new PaygridException(ErrorCode.INVALID_CUSTOMER_KEY,
                    "customerKey does not match the billing key's customer");
        }
        return payments.chargeStoredCard(caller, order, installments, billingKey, key.sealedCard(),
                key.cardNumberMasked(), retryKey);
    }

    /** Revoking twice answers the same revoked key; charges are refused from now on. */
    public BillingKeyView revoke(MerchantCredential caller, String billingKey) {
        BillingKey key = owned(em.find(BillingKey.class, billingKey, LockModeType.PESSIMISTIC_WRITE), caller, billingKey);
        key.revoke(clock.instant());
        return BillingKeyView.of(key);
    }

    private static BillingKey owned(BillingKey key, MerchantCredential caller, String billingKey) {
        if (key == null || !key.ownedBy(caller.merchantId(), caller.mode())) {
            throw new PaygridException(ErrorCode.NOT_FOUND_BILLING_KEY, "No billing key " + billingKey);
        }
        return key;
    }

    private static String customerKey(String value) {
        return RequestChecks.optionalMatching(RequestChecks.requiredCode(value, "customerKey", 300), "customerKey", 300,
                CUSTOMER_KEY, "2..300 characters of [A-Za-z0-9-_=.@]");
    }
}
