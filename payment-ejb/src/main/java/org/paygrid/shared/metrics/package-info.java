/** Business metrics ({@link org.paygrid.shared.metrics.Meters}): what each capability counts and times. */
package org.paygrid.shared.metrics;
