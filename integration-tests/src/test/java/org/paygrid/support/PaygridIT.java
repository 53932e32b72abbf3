package org.paygrid.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test class: it runs against the one Paygrid deployment of this test run (deployed before the
 * first such class, undeployed after the last) and, when it is done, must leave the books in order: the ledger's
 * trial balance holds and matches the payments, and no payment or cancel is left with an unknown outcome.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PaygridServer.class)
public @interface PaygridIT {
}
