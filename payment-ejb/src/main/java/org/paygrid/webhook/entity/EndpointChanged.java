package org.paygrid.webhook.entity;

import org.paygrid.shared.Mode;

/** An endpoint of this merchant and mode was added, changed or removed, so what was kept of its subscriptions is out of date. */
public record EndpointChanged(String merchantId, Mode mode) {
}
