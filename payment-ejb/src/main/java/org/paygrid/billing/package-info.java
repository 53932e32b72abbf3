/**
 * Billing keys (자동결제): a card stored once, encrypted, and charged later by the merchant's server with the
 * customer's key, through the same approval path as every card payment.
 */
package org.paygrid.billing;
