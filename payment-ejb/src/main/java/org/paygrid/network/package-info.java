/** Owns the connection to card networks: the connector SPI and its HTTP implementation (timeouts, outcomes). */
package org.paygrid.network;
