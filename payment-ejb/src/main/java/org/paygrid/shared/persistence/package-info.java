/** Schema ownership: Flyway migrations are the only writer of DDL. */
package org.paygrid.shared.persistence;
