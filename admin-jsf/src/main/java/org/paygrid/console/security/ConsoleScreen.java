package org.paygrid.console.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * Every screen of the console, the folder its pages live in and the roles that may use it. This one table
 * drives both the menu (what a role is shown) and {@link ConsoleAccessFilter} (what a role may open or post
 * to), so the two cannot disagree.
 */
public enum ConsoleScreen {
    DASHBOARD("/dashboard/", "/dashboard/dashboard", "nav.dashboard",
            Set.of(ConsoleRoles.ADMIN, ConsoleRoles.FINANCE, ConsoleRoles.SUPPORT, ConsoleRoles.RISK)),
    OPERATIONS("/operations/", "/operations/operations", "nav.operations",
            Set.of(ConsoleRoles.ADMIN, ConsoleRoles.FINANCE, ConsoleRoles.SUPPORT, ConsoleRoles.RISK)),
    MERCHANTS("/merchant/", "/merchant/merchants", "nav.merchants", Set.of(ConsoleRoles.ADMIN)),
    PAYMENTS("/payment/", "/payment/payments", "nav.payments", Set.of(ConsoleRoles.ADMIN, ConsoleRoles.SUPPORT)),
    REFUNDS("/refund/", "/refund/requests", "nav.refunds", Set.of(ConsoleRoles.ADMIN, ConsoleRoles.SUPPORT)),
    WEBHOOKS("/webhook/", "/webhook/deliveries", "nav.webhooks", Set.of(ConsoleRoles.ADMIN, ConsoleRoles.SUPPORT)),
    FRAUD("/fds/", "/fds/reviews", "nav.fraud", Set.of(ConsoleRoles.ADMIN, ConsoleRoles.RISK)),
    SETTLEMENT("/settlement/", "/settlement/runs", "nav.settlement", Set.of(ConsoleRoles.ADMIN, ConsoleRoles.FINANCE)),
    AUDIT("/audit/", "/audit/entries", "nav.audit", Set.of(ConsoleRoles.ADMIN));

    /**
     * Where a role lands after signing in: the first of these it may use (admin: merchants, support: transactions,
     * risk: the fraud review queue, finance: the dashboard). The menu keeps the declaration order, dashboard first.
     */
    public static final List<ConsoleScreen> LANDING = List.of(MERCHANTS, PAYMENTS, FRAUD, DASHBOARD);

    private final String folder;
    private final String home;
    private final String label;
    private final Set<String> roles;

    ConsoleScreen(String folder, String home, String label, Set<String> roles) {
        this.folder = folder;
        this.home = home;
        this.label = label;
        this.roles = roles;
    }

    /** The screen a servlet path belongs to, or null for shared pages (home, access denied, resources). */
    public static ConsoleScreen of(String servletPath) {
        for (ConsoleScreen screen : values()) {
            if (servletPath != null && servletPath.startsWith(screen.folder)) {
                return screen;
            }
        }
        return null;
    }

    /** The Faces outcome of the screen's first page. */
    public String home() {
        return home;
    }

    /** The resource bundle key of its menu entry. */
    public String label() {
        return label;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Whether the request's signed-in caller holds one of the screen's roles. */
    public boolean openTo(HttpServletRequest request) {
        return roles.stream().anyMatch(request::isUserInRole);
    }
}
