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
                @Tag(name = "Webhooks (staff)", description = "Every delivery attempt, and resends, for support")})
@SecurityScheme(securitySchemeName = "secretKey", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The merchant's secret key as user name, empty password: Basic base64(sk_test_...:)")
@SecurityScheme(securitySchemeName = "clientKey", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The merchant's client key (public, for the browser): Basic base64(ck_test_...:)")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token of Keycloak realm `paygrid` (roles admin, finance, support, risk)")
public class PaygridApi extends Application {
}
