/**
 * The merchant dashboard (상점관리자, contract section 12) at {@code /dashboard}: people sign in through the merchant
 * realm, apply for a merchant, onboard it and run it. Adapters only: every rule (who may do what, onboarding,
 * money) is asked of payment-ejb's boundaries, above all {@link org.paygrid.merchant.boundary.MerchantMembers}.
 */
package org.paygrid.merchantdashboard;
