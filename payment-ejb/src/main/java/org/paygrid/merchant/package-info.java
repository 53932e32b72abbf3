/**
 * Owns merchants: onboarding (application, review), the lifecycle of {@link org.paygrid.merchant.entity.MerchantStatus},
 * and API keys (format, hashing, test/live issuance).
 */
package org.paygrid.merchant;
