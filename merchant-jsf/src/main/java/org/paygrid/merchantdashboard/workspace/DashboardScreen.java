package org.paygrid.merchantdashboard.workspace;

import java.util.Arrays;
import java.util.Optional;
import org.paygrid.merchant.entity.MemberPermission;

/** Each page of the dashboard beyond the overview, and what a member's role must allow to open it. */
public enum DashboardScreen {
    ONBOARDING("/onboarding.xhtml", MemberPermission.ONBOARDING),
    PAYMENTS("/payments.xhtml", MemberPermission.VIEW_PAYMENTS),
    PAYMENT("/payment.xhtml", MemberPermission.VIEW_PAYMENTS),
    SETTLEMENTS("/settlements.xhtml", MemberPermission.VIEW_SETTLEMENTS),
    KEYS("/keys.xhtml", MemberPermission.MANAGE_KEYS),
    WEBHOOKS("/webhooks.xhtml", MemberPermission.MANAGE_WEBHOOKS),
    WEBHOOK("/webhook.xhtml", MemberPermission.MANAGE_WEBHOOKS),
    MEMBERS("/members.xhtml", MemberPermission.MANAGE_MEMBERS);

    private final String path;
    private final MemberPermission permission;

    DashboardScreen(String path, MemberPermission permission) {
        this.path = path;
        this.permission = permission;
    }

    public static Optional<DashboardScreen> of(String servletPath) {
        return Arrays.stream(values()).filter(screen -> screen.path.equals(servletPath)).findFirst();
    }

    public MemberPermission permission() {
        return permission;
    }
}
