package org.paygrid.payment.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.RequestChecks;

/**
 * Where the payment window may send the customer back ({@code successUrl}, {@code failUrl}): only to the site the
 * merchant registered (its {@code websiteUrl}, or a subdomain of it), so that the window is never an open redirect
 * from the platform's domain to anyone's page. Live mode: https only. Test mode also accepts the developer's own
 * machine (localhost, a loopback address), where shops are built.
 */
public final class ReturnUrls {

    private ReturnUrls() {
    }

    public static String check(String value, String field, Mode mode, String registeredSite) {
        String url = RequestChecks.requiredUrl(value, field);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw RequestChecks.invalid(field, "is not a valid URL");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null) {
            throw RequestChecks.invalid(field, "must be an absolute http(s) URL with a host and no user info");
        }
        if (mode == Mode.LIVE && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw RequestChecks.invalid(field, "must use https in live mode");
        }
        if (mode == Mode.TEST && isDevelopersMachine(host)) {
            return url;
        }
        String site = siteHost(registeredSite);
        if (site == null) {
            throw RequestChecks.invalid(field, "needs the merchant's registered site (websiteUrl) to return to");
        }
        if (!host.equals(site) && !host.endsWith("." + site)) {
            throw RequestChecks.invalid(field, "must be on the merchant's registered site " + site);
        }
        return url;
    }

    private static boolean isDevelopersMachine(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1")
                || host.equals("[::1]");
    }

    /** The registered site's host without a leading {@code www.}, so that shop.example and www.shop.example match. */
    private static String siteHost(String registeredSite) {
        if (registeredSite == null) {
            return null;
        }
        try {
            String host = new URI(registeredSite).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
