package org.paygrid.console.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.console.shared.FormInput;
import org.paygrid.webhook.boundary.DeliveryDetail;
import org.paygrid.webhook.boundary.DeliveryPage;
import org.paygrid.webhook.boundary.WebhookDeliveries;
import org.paygrid.webhook.entity.DeliveryStatus;
import org.paygrid.webhook.entity.WebhookDelivery;

/**
 * The webhook deliveries screen (support, admin): newest first by merchant and status, each delivery's attempts,
 * and a resend for a merchant who missed an event. The resend and its audit entry are
 * {@link WebhookDeliveries#resend}'s; pages follow its cursor ("load more").
 */
@Named
@ViewScoped
public class DeliveryList implements Serializable {

    private static final int PAGE = 25;

    @EJB
    WebhookDeliveries deliveries;

    @Inject
    StaffSession staff;

    private String merchantId;
    private DeliveryStatus status;
    private final List<DeliveryRow> rows = new ArrayList<>();
    private String nextCursor;

    private DeliveryRow selected;
    private String selectedEndpointUrl;
    private List<AttemptRow> attempts = List.of();

    @PostConstruct
    void checkAccess() {
        staff.actorOn(ConsoleScreen.WEBHOOKS);
    }

    /** The page's view action: the first page, for the merchant named by {@code ?merchantId=} if any. */
    public void open() {
        search();
    }

    public void search() {
        rows.clear();
        nextCursor = null;
        selected = null;
        more();
    }

    public void more() {
        String merchant = FormInput.optional(merchantId);
        Long before = nextCursor == null ? null : Long.valueOf(nextCursor);
        DeliveryPage page = ConsoleMessages.attempt(() -> deliveries.search(merchant, status, PAGE, before));
        if (page != null) {
            page.items().stream().map(DeliveryRow::of).forEach(rows::add);
            nextCursor = page.nextCursor();
        }
    }

    public void show(DeliveryRow row) {
        staff.actorOn(ConsoleScreen.WEBHOOKS);
        DeliveryDetail detail = ConsoleMessages.attempt(() -> deliveries.find(row.id()));
        if (detail != null) {
            selected = DeliveryRow.of(detail.delivery());
            selectedEndpointUrl = detail.endpoint() == null ? null : detail.endpoint().url();
            attempts = detail.attempts().stream().map(AttemptRow::of).toList();
        }
    }

    public void resend(DeliveryRow row) {
        String actor = staff.actorOn(ConsoleScreen.WEBHOOKS);
        WebhookDelivery resent = ConsoleMessages.attempt(() -> deliveries.resend(actor, row.id()));
        if (resent != null) {
            ConsoleMessages.info("delivery.resent", row.id(), resent.id());
            search();
        }
    }

    public List<DeliveryStatus> getStatuses() {
        return List.of(DeliveryStatus.values());
    }

    public List<DeliveryRow> getRows() {
        return rows;
    }

    public boolean isMoreAvailable() {
        return nextCursor != null;
    }

    public DeliveryRow getSelected() {
        return selected;
    }

    public String getSelectedEndpointUrl() {
        return selectedEndpointUrl;
    }

    public List<AttemptRow> getAttempts() {
        return attempts;
    }

    public String getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(String merchantId) {
        this.merchantId = merchantId;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }
}
