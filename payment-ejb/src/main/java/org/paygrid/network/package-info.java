/**
 * Owns the connections to the outside networks: the payment connector SPI (card networks, easy-pay wallets,
 * bank transfer, carrier billing), the bank connector for virtual accounts, and their HTTP implementations
 * (timeouts, outcomes).
 */
package org.paygrid.network;
