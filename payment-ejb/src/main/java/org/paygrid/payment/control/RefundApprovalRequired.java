package org.paygrid.payment.control;

import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * A staff refund that the staff member may not make alone; nothing was booked (the transaction rolls back). Never
 * answered as an error: {@link org.paygrid.payment.boundary.RefundApprovals} turns it into a pending request.
 */
public class RefundApprovalRequired extends PaygridException {

    public RefundApprovalRequired(String reason) {
        super(ErrorCode.REFUND_APPROVAL_REQUIRED, reason);
    }
}
