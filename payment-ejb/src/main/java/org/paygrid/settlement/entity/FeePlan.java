package org.paygrid.settlement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.paygrid.payment.entity.PaymentMethod;

/**
 * A merchant's fee plan from {@code effectiveFrom} on: a rate per method (decimal percent), a fixed fee per
 * transaction and the settlement cycle D+N in business days. A change is a new row; old rows are history.
 */
@Entity
@Table(name = "stl_fee_plan")
public class FeePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false, length = 32, updatable = false)
    private String merchantId;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private Instant effectiveFrom;

    @Column(name = "card_rate", nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal cardRate;

    @Column(name = "virtual_account_rate", nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal virtualAccountRate;

    @Column(name = "transfer_rate", nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal transferRate;

    @Column(name = "mobile_phone_rate", nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal mobilePhoneRate;

    @Column(name = "easy_pay_rate", nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal easyPayRate;

    @Column(name = "fixed_fee", nullable = false, updatable = false)
    private long fixedFee;

    @Column(name = "settlement_cycle_days", nullable = false, updatable = false)
    private int settlementCycleDays;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected FeePlan() {
        // for JPA
    }

    public FeePlan(String merchantId, Instant effectiveFrom, Terms terms, String createdBy) {
        this.merchantId = merchantId;
        this.effectiveFrom = effectiveFrom;
        this.cardRate = terms.rate(PaymentMethod.CARD);
        this.virtualAccountRate = terms.rate(PaymentMethod.VIRTUAL_ACCOUNT);
        this.transferRate = terms.rate(PaymentMethod.TRANSFER);
        this.mobilePhoneRate = terms.rate(PaymentMethod.MOBILE_PHONE);
        this.easyPayRate = terms.rate(PaymentMethod.EASY_PAY);
        this.fixedFee = terms.fixedFee();
        this.settlementCycleDays = terms.settlementCycleDays();
        this.createdBy = createdBy;
    }

    /** What a plan says, independent of when and for whom. */
    public record Terms(Map<PaymentMethod, BigDecimal> rates, long fixedFee, int settlementCycleDays) {

        /** The documented default plan of a new merchant. */
        public static final Terms DEFAULT = new Terms(Map.of(
                PaymentMethod.CARD, new BigDecimal("3.2000"),
                PaymentMethod.VIRTUAL_ACCOUNT, new BigDecimal("1.0000"),
                PaymentMethod.TRANSFER, new BigDecimal("1.8000"),
                PaymentMethod.MOBILE_PHONE, new BigDecimal("4.5000"),
                PaymentMethod.EASY_PAY, new BigDecimal("3.4000")), 0, 2);

        public BigDecimal rate(PaymentMethod method) {
            return rates.get(method);
        }
    }

    public Terms terms() {
        Map<PaymentMethod, BigDecimal> rates = new EnumMap<>(PaymentMethod.class);
        rates.put(PaymentMethod.CARD, cardRate);
        rates.put(PaymentMethod.VIRTUAL_ACCOUNT, virtualAccountRate);
        rates.put(PaymentMethod.TRANSFER, transferRate);
        rates.put(PaymentMethod.MOBILE_PHONE, mobilePhoneRate);
        rates.put(PaymentMethod.EASY_PAY, easyPayRate);
        return new Terms(rates, fixedFee, settlementCycleDays);
    }

    public Long id() { return id; }
    public String merchantId() { return merchantId; }
    public Instant effectiveFrom() { return effectiveFrom; }
    public String createdBy() { return createdBy; }
}
