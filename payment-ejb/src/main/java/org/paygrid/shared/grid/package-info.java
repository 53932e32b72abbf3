/** Payara's data grid as the application reaches it: JCache caches every server of the domain shares. */
package org.paygrid.shared.grid;
