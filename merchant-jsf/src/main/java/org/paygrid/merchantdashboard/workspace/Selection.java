package org.paygrid.merchantdashboard.workspace;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import org.paygrid.shared.Mode;

/**
 * Which merchant and mode the person is looking at, for their session. Only a choice: every screen checks the
 * membership behind it again ({@link Workspace}).
 */
@SessionScoped
public class Selection implements Serializable {

    private String merchantId;
    private Mode mode = Mode.TEST;

    String merchantId() {
        return merchantId;
    }

    void merchantId(String merchantId) {
        this.merchantId = merchantId;
    }

    Mode mode() {
        return mode;
    }

    void mode(Mode mode) {
        this.mode = mode;
    }
}
