/**
 * Browser sign-in through an OpenID provider (Keycloak), shared by the staff console and the merchant dashboard:
 * the authorization code flow with PKCE (S256), state and nonce, the ID token checked against the provider's keys,
 * the access token refreshed shortly before it expires and the sign-in ended when the provider refuses the refresh.
 * <p>
 * Nothing here is a CDI bean: each web module declares its own mechanism by subclassing
 * {@link org.paygrid.signin.OidcSignInMechanism}, so that every WAR of the EAR has exactly one
 * {@code HttpAuthenticationMechanism} and the two realms never meet.
 */
package org.paygrid.signin;
