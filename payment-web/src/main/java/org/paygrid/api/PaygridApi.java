package org.paygrid.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The merchant and staff API under {@code /v1}. Staff endpoints ({@code /v1/admin}) take Keycloak access
 * tokens, checked by {@link org.paygrid.api.security.AuthenticationFilter}; merchants use their API keys.
 */
@ApplicationPath("/v1")
@ApplicationScoped
@DeclareRoles({"admin", "finance", "support", "risk"})
@OpenAPIDefinition(
        info = @Info(title = "Paygrid API", version = "v1",
                description = "Payments, refunds, virtual accounts, billing keys, webhooks and settlement for "
                        + "merchants of the Paygrid payment gateway. Money is integers in the currency's minor unit; "
                        + "errors are application/problem+json with a stable `code`.",
                contact = @Contact(name = "Paygrid"),
                license = @License(name = "Apache-2.0")),
        tags = {@Tag(name = "Payments", description = "Card payments: key-in, reads, cancels"),
                @Tag(name = "Merchants (staff)", description = "Merchant onboarding, for Paygrid staff and automation"),
                @Tag(name = "Webhooks", description = "Events and signed webhook deliveries (Standard Webhooks)"),
                @Tag(name = "Webhooks (staff)", description = "Every delivery attempt, and resends, for support"),
                @Tag(name = "Virtual accounts", description = "가상계좌: an account number the customer deposits to"),
                @Tag(name = "Billing keys", description = "자동결제: a card kept as a billing key and charged later"),
                @Tag(name = "Settlement", description = "정산: the merchant's settlement lines and payouts"),
                @Tag(name = "Payments (staff)", description = "Refunds by staff, with four eyes above a limit"),
                @Tag(name = "Settlement (staff)", description = "Settlement runs, payouts, reports, reconciliation"),
                @Tag(name = "Fraud detection (staff)", description = "이상거래탐지: rules, block lists, reviews, "
                        + "screenings"),
                @Tag(name = "Keys (staff)", description = "Encryption keys per purpose: status and online re-sealing"),
                @Tag(name = "Ledger (staff)", description = "The double-entry books: the trial balance"),
                @Tag(name = "Audit log (staff)", description = "Every staff and merchant action: who, when, what"),
                @Tag(name = "Housekeeping (staff)", description = "Retention: what is kept how long, and the purges")})
@SecurityScheme(securitySchemeName = "secretKey", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The merchant's secret key as user name, empty password: Basic base64(sk_test_...:)")
@SecurityScheme(securitySchemeName = "clientKey", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The merchant's client key (public, for the browser): Basic base64(ck_test_...:)")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token of Keycloak realm `paygrid` (roles admin, finance, support, risk)")
public class PaygridApi extends Application {
}
