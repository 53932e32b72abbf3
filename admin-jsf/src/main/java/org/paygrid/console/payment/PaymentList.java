package org.paygrid.console.payment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.payment.boundary.PaymentSearch;
import org.paygrid.payment.boundary.StaffPaymentPage;
import org.paygrid.payment.control.StaffPaymentFilter;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;
import org.paygrid.shared.Mode;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The transactions screen (support, admin): every merchant's payments, newest first, found by order id, payment
 * key, merchant, status, method, mode, requested date or the card's last four digits.
 */
@Named
@ViewScoped
public class PaymentList implements Serializable {

    @EJB
    PaymentSearch payments;

    @Inject
    StaffSession staff;

    private String orderId;
    private String paymentKey;
    private String merchantId;
    private PaymentStatus status;
    private PaymentMethod method;
    private Mode mode;
    private LocalDate from;
    private LocalDate to;
    private String cardLast4;

    /** The filter of the last search that was valid; the table keeps showing it while the inputs are wrong. */
    private StaffPaymentFilter filter = StaffPaymentFilter.none();

    @PostConstruct
    void allowed() {
        staff.actorOn(ConsoleScreen.PAYMENTS);
    }

    private final LazyDataModel<PaymentRow> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) payments.search(filter, 0, 1).total();
        }

        @Override
        public List<PaymentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            StaffPaymentPage page = payments.search(filter, first, pageSize);
            setRowCount((int) page.total());
            return page.payments().stream().map(PaymentRow::of).toList();
        }

        @Override
        public String getRowKey(PaymentRow row) {
            return row.paymentKey();
        }
    };

    /** The search button: checks the inputs (the boundary's filter refuses what it cannot search by). */
    public void search() {
        StaffPaymentFilter next = ConsoleMessages.attempt(() -> new StaffPaymentFilter(orderId, paymentKey,
                merchantId, status, method, mode, from, to, cardLast4));
        if (next != null) {
            filter = next;
            firstPage();
        }
    }

    /** A new search starts on page one, not on the page the previous search was left at. */
    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":payments:table") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public void reset() {
        orderId = paymentKey = merchantId = cardLast4 = null;
        status = null;
        method = null;
        mode = null;
        from = to = null;
        filter = StaffPaymentFilter.none();
        firstPage();
    }

    public LazyDataModel<PaymentRow> getRows() {
        return rows;
    }

    public List<PaymentStatus> getStatuses() {
        return List.of(PaymentStatus.values());
    }

    public List<PaymentMethod> getMethods() {
        return List.of(PaymentMethod.values());
    }

    public List<Mode> getModes() {
        return List.of(Mode.values());
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getPaymentKey() {
        return paymentKey;
    }

    public void setPaymentKey(String paymentKey) {
        this.paymentKey = paymentKey;
    }

    public String getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(String merchantId) {
        this.merchantId = merchantId;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus status) {
        this.status = status;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
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

    public String getCardLast4() {
        return cardLast4;
    }

    public void setCardLast4(String cardLast4) {
        this.cardLast4 = cardLast4;
    }
}
