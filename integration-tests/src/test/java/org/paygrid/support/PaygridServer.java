package org.paygrid.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit side of {@link PaygridIT}: the suite's one deployment is kept in the root context's store, so it is made
 * once for the whole run and undeployed when the run ends; after each class the books are checked.
 */
public class PaygridServer implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace PAYGRID = ExtensionContext.Namespace.create(PaygridServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(PAYGRID).getOrComputeIfAbsent(SuiteDeployment.class);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        BooksInOrder.check(context.getRequiredTestClass().getSimpleName());
    }
}
