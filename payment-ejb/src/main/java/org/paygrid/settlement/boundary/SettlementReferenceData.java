package org.paygrid.settlement.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.paygrid.settlement.control.BusinessCalendar;
import org.paygrid.settlement.control.FeePlanHistory;
import org.paygrid.settlement.entity.FeePlan;

/** What the settlement job reads besides transactions: the holiday table and each merchant's plan history. */
@Stateless
public class SettlementReferenceData {

    @PersistenceContext
    EntityManager em;

    public BusinessCalendar calendar() {
        List<?> dates = em.createNativeQuery("select holiday_date from stl_holiday").getResultList();
        var holidays = new HashSet<LocalDate>();
        for (Object date : dates) {
            holidays.add(date instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) date);
        }
        return new BusinessCalendar(holidays);
    }

    public FeePlanHistory feePlans(String merchantId) {
        return new FeePlanHistory(em.createQuery("select p from FeePlan p where p.merchantId = :m "
                        + "order by p.effectiveFrom, p.id", FeePlan.class)
                .setParameter("m", merchantId).getResultList().stream()
                .map(plan -> FeePlanHistory.version(plan.effectiveFrom(), plan.terms()))
                .toList());
    }
}
