/**
 * Owns the connections to the outside networks. Boundary: the payment connector SPI (card networks, easy-pay
 * wallets, bank transfer, carrier billing), the bank connector for virtual accounts, and the acquirer's books (the
 * capture file reconciliation compares with ours). Control: their HTTP implementations (one client, timeouts,
 * outcomes). Entity: the channel (card, easy pay, transfer, mobile phone) an authorization goes through.
 */
package org.paygrid.network;
