package org.paygrid.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The one deployment of every container test: the EAR exactly as the build produced it. */
public final class PaygridDeployment {

    private PaygridDeployment() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(TestStack.require("paygrid.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The EAR " + ear + " is missing: run the tests through ./mvnw verify");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
