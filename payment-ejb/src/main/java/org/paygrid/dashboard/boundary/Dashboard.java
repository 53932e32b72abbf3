package org.paygrid.dashboard.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paygrid.fds.boundary.Screenings;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.payment.boundary.FraudReviews;
import org.paygrid.payment.boundary.PaymentFigures;
import org.paygrid.payment.boundary.PaymentFigures.DailyAmount;
import org.paygrid.settlement.boundary.SettlementRunView;
import org.paygrid.settlement.boundary.SettlementRuns;
import org.paygrid.shared.Mode;
import org.paygrid.shared.time.ClockProducer;
import org.paygrid.shared.time.SeoulTime;
import org.paygrid.webhook.boundary.WebhookDeliveries;

/** The dashboard's figures of one business day (Asia/Seoul: a day is [00:00, 24:00) +09:00), asked of their owners. */
@Stateless
public class Dashboard {

    /** Days of the approved-amount chart, today included. */
    public static final int CHART_DAYS = 14;

    @Inject
    Clock clock;

    @EJB
    PaymentFigures payments;

    @EJB
    Merchants merchants;

    @EJB
    WebhookDeliveries deliveries;

    @EJB
    SettlementRuns runs;

    @EJB
    Screenings screenings;

    @EJB
    FraudReviews reviews;

    public DashboardView today(Mode mode) {
        return of(LocalDate.now(clock.withZone(ClockProducer.SEOUL)), mode);
    }

    public DashboardView of(LocalDate date, Mode mode) {
        PaymentFigures.Period day = payments.of(mode, SeoulTime.startOf(date), SeoulTime.startOf(date.plusDays(1)));
        List<SettlementRunView> last = runs.recent(1);
        return new DashboardView(date, mode, day.approvals(), day.approvedAmount(), day.cancels(),
                day.canceledAmount(), day.approvedAttempts(), day.attempts(), day.failures(), chart(date, mode),
                merchants.awaitingReview(), deliveries.failing(mode), last.isEmpty() ? null
                : new DashboardView.LastRun(last.get(0).runId(), last.get(0).date(), last.get(0).status()),
                screenings.figures(mode, SeoulTime.startOf(date), SeoulTime.startOf(date.plusDays(1))),
                reviews.openCount());
    }

    /** The last {@link #CHART_DAYS} days up to {@code date}, oldest first, days without approvals as zero. */
    private List<DailyAmount> chart(LocalDate date, Mode mode) {
        LocalDate first = date.minusDays(CHART_DAYS - 1L);
        Map<LocalDate, DailyAmount> approved = payments.approvedByDay(mode, first, date);
        List<DailyAmount> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(date); day = day.plusDays(1)) {
            days.add(approved.getOrDefault(day, new DailyAmount(day, 0, 0)));
        }
        return days;
    }

}
