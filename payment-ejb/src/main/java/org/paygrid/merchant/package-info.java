/**
 * Owns merchants: onboarding (application, review), the lifecycle of {@link org.paygrid.merchant.entity.MerchantStatus},
 * the review's document files (what may be stored: {@link org.paygrid.merchant.control.DocumentFileCheck}; kept
 * encrypted: {@link org.paygrid.merchant.control.DocumentVault}), and API keys (format, hashing, test/live issuance).
 */
package org.paygrid.merchant;
