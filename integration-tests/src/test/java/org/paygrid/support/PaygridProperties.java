package org.paygrid.support;

import net.jqwik.api.lifecycle.AroundContainerHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;

/**
 * The jqwik side of {@link PaygridIT}, for property classes ({@code @AddLifecycleHook(PaygridProperties.class)}):
 * the suite's one deployment before the class, the books checked after it.
 */
public class PaygridProperties implements AroundContainerHook {

    @Override
    public void beforeContainer(ContainerLifecycleContext context) {
        try {
            SuiteDeployment.ensure();
        } catch (Exception failed) {
            throw new IllegalStateException("the EAR could not be deployed", failed);
        }
    }

    @Override
    public void afterContainer(ContainerLifecycleContext context) {
        if (context.optionalContainerClass().isPresent()) {
            try {
                BooksInOrder.check(context.optionalContainerClass().get().getSimpleName());
            } catch (Exception failed) {
                throw new IllegalStateException("the books could not be checked", failed);
            }
        }
    }
}
