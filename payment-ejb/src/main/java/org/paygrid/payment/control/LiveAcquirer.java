package org.paygrid.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * Whether live payments may start here. The network simulator is test mode's acquirer; live money needs a real
 * acquirer connector ({@code paygrid.network.live-connector}), and Paygrid ships none yet. So live payments are
 * refused ({@code 503 LIVE_ACQUIRER_NOT_CONFIGURED}, nothing created) unless the development profile lets the
 * simulator stand in for one ({@code simulator}), which a production server refuses to start with.
 */
@ApplicationScoped
public class LiveAcquirer {

    /** The value under which the development profile routes live payments to the simulator. */
    public static final String SIMULATOR = "simulator";

    @Inject
    @ConfigProperty(name = "paygrid.network.live-connector", defaultValue = "none")
    String connector;

    public void requireFor(Mode mode) {
        if (mode == Mode.LIVE && !SIMULATOR.equals(connector)) {
            throw new PaygridException(ErrorCode.LIVE_ACQUIRER_NOT_CONFIGURED,
                    "Live payments need a real acquirer connector, which this deployment does not have yet");
        }
    }
}
