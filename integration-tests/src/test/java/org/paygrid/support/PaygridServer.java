package org.paygrid.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit side of {@link PaygridIT}: the suite's one deployment is made before the first class (and undeployed when
 * the test JVM ends); after each class the books are checked.
 */
public class PaygridServer implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        SuiteDeployment.ensure();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        BooksInOrder.check(context.getRequiredTestClass().getSimpleName());
    }
}
