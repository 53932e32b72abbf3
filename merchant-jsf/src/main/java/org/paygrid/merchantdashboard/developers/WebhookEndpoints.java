package org.paygrid.merchantdashboard.developers;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.paygrid.event.entity.EventType;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchantdashboard.shared.Messages;
import org.paygrid.merchantdashboard.workspace.Workspace;
import org.paygrid.webhook.boundary.RegisteredWebhook;
import org.paygrid.webhook.boundary.Webhooks;
import org.paygrid.webhook.entity.WebhookEndpoint;

/** The merchant's webhook endpoints of the mode looked at, and a new one (its signing secret shown this once). */
@Named
@RequestScoped
public class WebhookEndpoints {

    /** Webhooks allows at most ten active endpoints per mode: one page holds them all. */
    private static final int ALL = 50;

    @Inject
    Workspace workspace;

    @EJB
    Webhooks webhooks;

    private String url;
    private List<String> events = new java.util.ArrayList<>();
    private List<WebhookEndpoint> endpoints;
    private RegisteredWebhook registered;

    public List<WebhookEndpoint> getEndpoints() {
        if (endpoints == null) {
            endpoints = webhooks.list(workspace.credential(MemberPermission.MANAGE_WEBHOOKS), ALL, null).items();
        }
        return endpoints;
    }

    /** The types a merchant may subscribe to; none chosen means all of them. */
    public List<String> getEventTypes() {
        return java.util.Arrays.stream(EventType.values()).filter(EventType::fansOut).map(Enum::name).toList();
    }

    public void register() {
        registered = Messages.attempt(() -> webhooks.registerByMember(
                workspace.credential(MemberPermission.MANAGE_WEBHOOKS), workspace.person().actor(), url, events));
        if (registered != null) {
            endpoints = null;
            url = null;
            events = new java.util.ArrayList<>();
            Messages.info("webhooks.created", registered.endpoint().url());
        }
    }

    public RegisteredWebhook getRegistered() {
        return registered;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new java.util.ArrayList<>() : events;
    }
}
