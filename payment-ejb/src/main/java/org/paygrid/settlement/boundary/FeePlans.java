package org.paygrid.settlement.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.paygrid.audit.boundary.AuditLog;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.settlement.control.FeeMath;
import org.paygrid.settlement.entity.FeePlan;
import org.paygrid.shared.error.RequestChecks;
import org.paygrid.shared.time.SeoulTime;

/** Fee plans: a new merchant starts on the documented default; each change applies from its moment on. */
@Stateless
public class FeePlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditLog auditLog;

    @EJB
    Merchants merchants;

    public FeePlanView current(String merchantId) {
        merchants.find(merchantId);
        List<FeePlan> plans = em.createQuery("select p from FeePlan p where p.merchantId = :m "
                        + "order by p.effectiveFrom desc, p.id desc", FeePlan.class)
                .setParameter("m", merchantId).setMaxResults(1).getResultList();
        return plans.isEmpty() ? FeePlanView.of(merchantId, FeePlan.Terms.DEFAULT, null, true)
                : FeePlanView.of(merchantId, plans.get(0).terms(), SeoulTime.of(plans.get(0).effectiveFrom()), false);
    }

    public FeePlanView change(String merchantId, FeePlanRequest request, String actor) {
        FeePlanView before = current(merchantId);
        Map<PaymentMethod, BigDecimal> rates = new EnumMap<>(PaymentMethod.class);
        before.rates().forEach((method, rate) -> rates.put(PaymentMethod.valueOf(method), new BigDecimal(rate)));
        if (request.rates() != null) {
            request.rates().forEach((method, rate) -> {
                PaymentMethod parsed = RequestChecks.requiredEnum(method, "rates", PaymentMethod.class);
                rates.put(parsed, rate(rate, "rates." + method));
            });
        }
        long fixedFee = request.fixedFee() == null ? before.fixedFee() : request.fixedFee();
        if (fixedFee < 0 || fixedFee > 1_000_000) {
            throw RequestChecks.invalid("fixedFee", "must be 0..1,000,000 won");
        }
        int cycle = request.settlementCycleDays() == null ? before.settlementCycleDays() : request.settlementCycleDays();
        if (cycle < 1 || cycle > 10) {
            throw RequestChecks.invalid("settlementCycleDays", "must be 1..10 business days");
        }
        FeePlan plan = new FeePlan(merchantId, clock.instant(), new FeePlan.Terms(rates, fixedFee, cycle), actor);
        em.persist(plan);
        FeePlanView after = FeePlanView.of(merchantId, plan.terms(), SeoulTime.of(plan.effectiveFrom()), false);
        auditLog.record(actor, "FEE_PLAN_CHANGED", "MERCHANT", merchantId, describe(before), describe(after));
        return after;
    }

    private static BigDecimal rate(String value, String field) {
        try {
            BigDecimal rate = new BigDecimal(RequestChecks.requiredCode(value, field, 12));
            FeeMath.rateInMillionths(rate);
            return rate;
        } catch (NumberFormatException | ArithmeticException e) {
            throw RequestChecks.invalid(field, "must be a decimal percent such as \"3.20\"");
        } catch (IllegalArgumentException e) {
            throw RequestChecks.invalid(field, "must be 0..100 percent with at most four decimals");
        }
    }

    private static String describe(FeePlanView plan) {
        return "rates=" + plan.rates() + ", fixedFee=" + plan.fixedFee() + ", cycle=D+" + plan.settlementCycleDays();
    }
}
