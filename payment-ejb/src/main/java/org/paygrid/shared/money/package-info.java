/** Money as whole minor units of a currency; the only place that does money arithmetic. */
package org.paygrid.shared.money;
