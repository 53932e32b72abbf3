package org.paygrid.merchantdashboard.developers;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;
import org.paygrid.webhook.boundary.DeliveryDetail;
import org.paygrid.webhook.boundary.RegisteredWebhook;
import org.paygrid.webhook.boundary.Webhooks;
import org.paygrid.webhook.entity.WebhookDelivery;
import org.paygrid.webhook.entity.WebhookEndpoint;

/**
 * One webhook endpoint: its delivery log with every attempt, a test event, a resend, a new signing secret, removal.
 * The endpoint is read through the member's merchant and mode: another merchant's id shows nothing.
 */
@Named
@RequestScoped
public class WebhookDetail {

    /** The newest deliveries shown; older ones stay for staff. */
    private static final int LOG_SIZE = 30;

    @Inject
    Workspace workspace;

    @EJB
    Webhooks webhooks;

    private String id;
    private WebhookEndpoint endpoint;
    private List<DeliveryDetail> deliveries;
    private RegisteredWebhook rolled;

    public void load() {
        getEndpoint();
    }

    public WebhookEndpoint getEndpoint() {
        if (endpoint == null && id != null) {
            endpoint = Messages.attempt(() -> webhooks.find(workspace.credential(MemberPermission.MANAGE_WEBHOOKS), id));
        }
        return endpoint;
    }

    public List<DeliveryDetail> getDeliveries() {
        if (deliveries == null) {
            deliveries = getEndpoint() == null ? List.of()
                    : webhooks.deliveriesOf(workspace.credential(MemberPermission.MANAGE_WEBHOOKS), id, LOG_SIZE);
        }
        return deliveries;
    }

    public void sendTest() {
        WebhookDelivery delivery = Messages.attempt(() -> webhooks.sendTest(
                workspace.credential(MemberPermission.MANAGE_WEBHOOKS), workspace.person().actor(), id));
        if (delivery != null) {
            deliveries = null;
            Messages.info("webhook.testSent", delivery.eventId());
        }
    }

    public void resend(String eventId) {
        WebhookDelivery delivery = Messages.attempt(() -> webhooks.resendByMember(
                workspace.credential(MemberPermission.MANAGE_WEBHOOKS), workspace.person().actor(), id, eventId));
        if (delivery != null) {
            deliveries = null;
            Messages.info("webhook.resent", eventId);
        }
    }

    public void rollSecret() {
        rolled = Messages.attempt(() -> webhooks.rollSecret(
                workspace.credential(MemberPermission.MANAGE_WEBHOOKS), workspace.person().actor(), id));
        if (rolled != null) {
            endpoint = rolled.endpoint();
            Messages.info("webhook.secretRolled");
        }
    }

    public String remove() {
        Boolean removed = Messages.attempt(() -> {
            webhooks.removeByMember(workspace.credential(MemberPermission.MANAGE_WEBHOOKS),
                    workspace.person().actor(), id);
            return Boolean.TRUE;
        });
        return removed == null ? null : "/webhooks.xhtml?faces-redirect=true";
    }

    public RegisteredWebhook getRolled() {
        return rolled;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
