package org.paygrid.console.fds;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.console.shared.FormInput;
import org.paygrid.fds.boundary.FdsLists;
import org.paygrid.fds.boundary.ListEntryView;
import org.paygrid.fds.entity.ListKind;
import org.paygrid.shared.time.SeoulTime;

/**
 * The block lists (risk, admin): the active entries, newest first; a value added with a reason and an optional last
 * day (the entry expires when that day ends, Asia/Seoul), or taken off. A card is added by a payment of it, never by
 * a number typed into the console.
 */
@Named
@ViewScoped
public class BlockListEditor implements Serializable {

    private static final int LIMIT = 100;

    @EJB
    FdsLists lists;

    @Inject
    StaffSession staff;

    private List<ListEntryView> entries = List.of();
    private ListKind list = ListKind.CARD;
    private String value;
    private String paymentKey;
    private String reason;
    private LocalDate lastDay;

    @PostConstruct
    void read() {
        staff.actorOn(ConsoleScreen.FRAUD);
        refresh();
    }

    private void refresh() {
        List<ListEntryView> found = ConsoleMessages.attempt(() -> lists.entries(null, false, LIMIT));
        entries = found == null ? List.of() : found;
    }

    public void add() {
        String actor = staff.actorOn(ConsoleScreen.FRAUD);
        if (reason == null || reason.isBlank()) {
            ConsoleMessages.error(ConsoleMessages.text("fraud.list.reason.required"));
            return;
        }
        ListEntryView added = ConsoleMessages.attempt(() -> lists.add(new FdsLists.Listing(list,
                FormInput.optional(value), null, FormInput.optional(paymentKey), reason.strip(),
                lastDay == null ? null : SeoulTime.startOf(lastDay.plusDays(1))), actor));
        if (added != null) {
            ConsoleMessages.info("fraud.list.added", added.list(), added.value());
            value = null;
            paymentKey = null;
            reason = null;
            lastDay = null;
            refresh();
        }
    }

    public void remove(long id) {
        String actor = staff.actorOn(ConsoleScreen.FRAUD);
        if (ConsoleMessages.attempt(() -> lists.remove(id, actor)) != null) {
            ConsoleMessages.info("fraud.list.removed", String.valueOf(id));
        }
        refresh();
    }

    public List<ListKind> getLists() {
        return List.of(ListKind.values());
    }

    public List<ListEntryView> getEntries() { return entries; }
    public ListKind getList() { return list; }
    public void setList(ListKind list) { this.list = list; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getPaymentKey() { return paymentKey; }
    public void setPaymentKey(String paymentKey) { this.paymentKey = paymentKey; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
}
