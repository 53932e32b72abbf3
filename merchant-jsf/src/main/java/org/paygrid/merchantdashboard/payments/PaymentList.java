package org.paygrid.merchantdashboard.payments;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;
import org.paygrid.payment.boundary.PaymentSearch;
import org.paygrid.payment.boundary.StaffPaymentPage;
import org.paygrid.payment.control.StaffPaymentFilter;
import org.paygrid.payment.entity.Payment;
import org.paygrid.payment.entity.PaymentMethod;
import org.paygrid.payment.entity.PaymentStatus;

/**
 * The merchant's payments of the mode looked at, newest first: by date range (requested, Asia/Seoul), status,
 * method and order id. The domain holds the search to the member's merchant and mode.
 */
@Named
@ViewScoped
public class PaymentList implements Serializable {

    static final int PAGE = 50;

    @Inject
    Workspace workspace;

    @EJB
    PaymentSearch search;

    private LocalDate from;
    private LocalDate to;
    private PaymentStatus status;
    private PaymentMethod method;
    private String orderId;
    private transient StaffPaymentPage page;

    public StaffPaymentPage getPage() {
        if (page == null) {
            page = Messages.attempt(() -> search.searchOwn(workspace.credential(MemberPermission.VIEW_PAYMENTS),
                    new StaffPaymentFilter(orderId, null, null, status, method, null, from, to, null), 0, PAGE));
            if (page == null) {
                page = new StaffPaymentPage(List.of(), 0);
            }
        }
        return page;
    }

    public List<Payment> getPayments() {
        return getPage().payments();
    }

    public void search() {
        page = null;
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
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

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }
}
