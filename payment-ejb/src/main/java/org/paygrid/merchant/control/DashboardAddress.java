package org.paygrid.merchant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where merchants reach their dashboard ({@code paygrid.dashboard.url}): the links in the mails point there. */
@ApplicationScoped
public class DashboardAddress {

    @Inject
    @ConfigProperty(name = "paygrid.dashboard.url", defaultValue = "http://localhost:8080/dashboard")
    String url;

    /** The page at {@code path} (starting with a slash), e.g. {@code /join.xhtml?invitation=...}. */
    public String of(String path) {
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + path;
    }
}
