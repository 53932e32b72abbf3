package org.paygrid.merchantdashboard.developers;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
 * The endpoint is read through the member's merchant and mode: another merchant's id shows nothing. View scoped, so
 * that a postback knows its endpoint before the page's parts are decoded.
 */
@Named
@ViewScoped
public class WebhookDetail implements Serializable {

    /** The newest deliveries shown; older ones stay for staff. */
    private static final int LOG_SIZE = 30;

    @Inject
    Workspace workspace;

    @EJB
    Webhooks webhooks;

    private String id;
    private transient WebhookEndpoint endpoint;
    private transient List<DeliveryDetail> deliveries;
    private transient RegisteredWebhook rolled;

    /** Reads the endpoint before the page renders (each GET, a refresh too), so that a refusal shows. */
    public void load() {
        endpoint = null;
        deliveries = null;
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

    /** Sends a test event, then shows the page again by GET: reloading it must not send another. */
    public String sendTest() {
        WebhookDelivery delivery = Messages.attempt(() -> webhooks.sendTest(
                workspace.credential(MemberPermission.MANAGE_WEBHOOKS), workspace.person().actor(), id));
        if (delivery == null) {
            return null;
        }
        Messages.infoAfterRedirect("webhook.testSent", delivery.eventId());
        return again();
    }

    public String resend(String eventId) {
        WebhookDelivery delivery = Messages.attempt(() -> webhooks.resendByMember(
                workspace.credential(MemberPermission.MANAGE_WEBHOOKS), workspace.person().actor(), id, eventId));
        if (delivery == null) {
            return null;
        }
        Messages.infoAfterRedirect("webhook.resent", eventId);
        return again();
    }

    private String again() {
        return "/webhook.xhtml?faces-redirect=true&id=" + java.net.URLEncoder.encode(id,
                java.nio.charset.StandardCharsets.UTF_8);
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
