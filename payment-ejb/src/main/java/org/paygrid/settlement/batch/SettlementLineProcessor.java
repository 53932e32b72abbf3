package org.paygrid.settlement.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.settlement.boundary.SettlementReferenceData;
import org.paygrid.settlement.control.BusinessCalendar;
import org.paygrid.settlement.control.FeeMath;
import org.paygrid.settlement.control.FeePlanHistory;
import org.paygrid.shared.time.ClockProducer;

/** Computes a transaction's fee, VAT, payout and payout date with the plan in effect at its sold time. */
@Named("settlementLineProcessor")
@Dependent
public class SettlementLineProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String runId;

    @EJB
    SettlementReferenceData referenceData;

    private BusinessCalendar calendar;
    private final Map<String, FeePlanHistory> plans = new HashMap<>();

    @Override
    public Object processItem(Object item) {
        Candidate candidate = (Candidate) item;
        if (calendar == null) {
            calendar = referenceData.calendar();
        }
        FeePlanHistory.Version plan = plans.computeIfAbsent(candidate.merchantId(), referenceData::feePlans)
                .at(candidate.soldAt());
        FeeMath.Amounts amounts = FeeMath.of(candidate.amount().minorUnits(), plan.rate(candidate.method()),
                plan.fixedFee());
        LocalDate soldDate = candidate.soldAt().atZone(ClockProducer.SEOUL).toLocalDate();
        return new SettlementLine(candidate.transactionKey(), candidate.paymentKey(), candidate.orderId(),
                candidate.merchantId(), candidate.mode(), candidate.method(), amounts.amount(), amounts.fee(),
                amounts.vat(), amounts.payOut(), soldDate, calendar.plusBusinessDays(
                        candidate.payoutCountedFrom() != null ? candidate.payoutCountedFrom() : soldDate,
                        plan.cycleDays()),
                Long.parseLong(runId));
    }
}
