/**
 * The platform as a whole, above every capability: whether this server may start with the settings it was given
 * ({@link org.paygrid.platform.ProductionSettings}).
 */
package org.paygrid.platform;
