package org.paygrid.ledger.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.ledger.boundary.Ledger;
import org.paygrid.ledger.boundary.TrialBalance;
import org.paygrid.payment.boundary.PaymentFigures;

/** The ledger check for staff: do the books balance, and do they agree with the payments? */
@StaffApi
@Path("/admin/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger (staff)")
@SecurityRequirement(name = "keycloak")
public class LedgerAdminResource {

    @EJB
    Ledger ledger;

    @EJB
    PaymentFigures payments;

    @GET
    @Path("/trial-balance")
    @StaffRoles({"admin", "finance"})
    @Operation(operationId = "getTrialBalance",
            summary = "Trial balance", description = "Debits minus credits per currency (zero when balanced) and "
            + "whether what acquirers owe equals the balances of approved payments.")
    @Transactional   // one transaction: the ledger's sums and the payments' balances are read from one snapshot
    public TrialBalanceResponse trialBalance() {
        TrialBalance balance = ledger.trialBalance(payments.approvedBalances());
        return new TrialBalanceResponse(balance.balanced(), balance.matchesPayments(), balance.currencies(),
                balance.acquirerReceivable(), balance.approvedPaymentBalances());
    }

    public record TrialBalanceResponse(boolean balanced, boolean matchesPayments,
                                       java.util.List<TrialBalance.CurrencyNet> currencies, long acquirerReceivable,
                                       long approvedPaymentBalances) {
    }
}
