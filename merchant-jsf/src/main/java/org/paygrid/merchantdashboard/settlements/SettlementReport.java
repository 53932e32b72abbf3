package org.paygrid.merchantdashboard.settlements;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;
import org.paygrid.settlement.boundary.PayoutView;
import org.paygrid.settlement.boundary.SettlementLineView;
import org.paygrid.settlement.boundary.Settlements;

/**
 * Settlement lines by sold date or payout date, and the payouts of the range, in the mode looked at (contract
 * section 8); each sold date's report downloads as CSV. The same reads as the API's settlement endpoints.
 */
@Named
@ViewScoped
public class SettlementReport implements Serializable {

    /** The first lines of the range; the CSV per sold date holds them all. */
    private static final String PAGE = "100";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    Workspace workspace;

    @EJB
    Settlements settlements;

    private LocalDate from = LocalDate.now(SEOUL).minusDays(14);
    private LocalDate to = LocalDate.now(SEOUL).plusDays(14);
    private String dateType = "SOLD_DATE";
    private transient Settlements.Page<SettlementLineView> lines;
    private transient List<PayoutView> payouts;

    public void search() {
        lines = null;
        payouts = null;
        getLines();
    }

    public List<SettlementLineView> getLines() {
        if (lines == null) {
            MerchantCredential member = workspace.credential(MemberPermission.VIEW_SETTLEMENTS);
            lines = Messages.attempt(() -> settlements.lines(member.merchantId(), member.mode(), text(from),
                    text(to), dateType, PAGE, null));
            if (lines == null) {
                lines = new Settlements.Page<>(List.of(), null);
            }
        }
        return lines.items();
    }

    public boolean isMore() {
        getLines();
        return lines.nextCursor() != null;
    }

    public List<PayoutView> getPayouts() {
        if (payouts == null) {
            MerchantCredential member = workspace.credential(MemberPermission.VIEW_SETTLEMENTS);
            payouts = Messages.attempt(() -> settlements.payouts(member.merchantId(), member.mode(), text(from),
                    text(to)));
            if (payouts == null) {
                payouts = List.of();
            }
        }
        return payouts;
    }

    /** The sold dates of the lines shown: one CSV each. */
    public List<LocalDate> getSoldDates() {
        return getLines().stream().map(SettlementLineView::soldDate).distinct().toList();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getDateType() {
        return dateType;
    }

    public void setDateType(String dateType) {
        this.dateType = dateType;
    }
}
