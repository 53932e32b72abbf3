package org.paygrid.settlement.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.paygrid.api.problem.Problem;
import org.paygrid.api.security.StaffApi;
import org.paygrid.api.security.StaffRoles;
import org.paygrid.settlement.boundary.PayoutBook;
import org.paygrid.settlement.boundary.PayoutView;
import org.paygrid.settlement.boundary.SettlementRunView;
import org.paygrid.settlement.boundary.SettlementRuns;
import org.paygrid.settlement.boundary.Settlements;
import org.paygrid.shared.Mode;
import org.paygrid.shared.error.RequestChecks;

/** Finance's settlement endpoints (contract section 5, admin): runs, payouts, reports. */
@StaffApi
@Path("/admin/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement (staff)")
@SecurityRequirement(name = "keycloak")
public class SettlementAdminResource {

    @EJB
    SettlementRuns runs;

    @EJB
    PayoutBook payouts;

    @EJB
    Settlements settlements;

    @Context
    SecurityContext security;

    /** {@code POST /v1/admin/settlements/runs} and the payout release take a business date. */
    public record DateRequest(@Schema(example = "2026-11-20", required = true) String date) {
    }

    public record RunList(List<SettlementRunView> items, String nextCursor) {
    }

    public record PayoutList(List<PayoutView> items, String nextCursor) {
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("finance")
    @Operation(operationId = "startSettlementRun",
            summary = "Run (or re-run) settlement for a business date",
            description = "Starts the Jakarta Batch job; status is BatchStatus (STARTING, STARTED, COMPLETED, FAILED, "
                    + "STOPPED, ABANDONED). A date already settled settles only what is new: nothing twice.")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(schema = @Schema(ref = "SettlementRun")))
    @APIResponse(responseCode = "400", description = "INVALID_REQUEST (date)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SettlementRunView start(DateRequest request) {
        return runs.start(RequestChecks.requiredDate(RequestChecks.requiredBody(request).date(), "date"), actor());
    }

    @GET
    @Path("/runs/{runId}")
    @StaffRoles("finance")
    @Operation(operationId = "getSettlementRun",
            summary = "A settlement run: status, counts, timings",
            description = "The run's status (COMPLETED, FAILED, ...), how many lines it wrote, and when it started and "
                    + "ended; re-runs of a date add nothing.")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(schema = @Schema(ref = "SettlementRun")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND_SETTLEMENT_RUN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SettlementRunView run(@PathParam("runId") long runId) {
        return runs.find(runId);
    }

    @GET
    @Path("/runs")
    @StaffRoles("finance")
    @Operation(operationId = "listSettlementRuns",
            summary = "Recent settlement runs, newest first",
            description = "Each run with its business date, Jakarta Batch status, lines written and timings.")
    public RunList recentRuns(@QueryParam("limit") String limit) {
        return new RunList(runs.recent(RequestChecks.pageLimit(limit)), null);
    }

    @POST
    @Path("/payouts/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffRoles("finance")
    @Operation(operationId = "releasePayouts",
            summary = "Pay the scheduled payouts due by a date",
            description = "What the 09:00 job does every day, on demand: each becomes PAID, is booked in the ledger "
                    + "and sends PAYOUT_STATUS_CHANGED.")
    public PayoutList release(DateRequest request) {
        LocalDate date = RequestChecks.requiredDate(RequestChecks.requiredBody(request).date(), "date");
        List<Long> due = payouts.due(date);
        due.forEach(payouts::pay);
        return new PayoutList(due.stream().map(payouts::find).toList(), null);
    }

    @GET
    @Path("/report")
    @Produces("text/csv")
    @StaffRoles("finance")
    @Operation(operationId = "getSettlementReport",
            summary = "A merchant's settlement lines of one sold date, as CSV (with a TOTAL row)",
            description = "One merchant's lines of one sold date in one mode, as CSV with a header row and a TOTAL row; "
                    + "cells that could start a spreadsheet formula are escaped.")
    public Response report(@QueryParam("merchantId") String merchantId, @QueryParam("mode") String mode,
                           @QueryParam("date") String date) {
        String merchant = RequestChecks.requiredText(merchantId, "merchantId", 32);
        LocalDate day = RequestChecks.requiredDate(date, "date");
        Mode chosen = mode == null ? Mode.LIVE : Mode.fromWireName(mode);
        return Response.ok(settlements.csv(merchant, chosen, day))
                .header("Content-Disposition", "attachment; filename=\"settlement-" + merchant + "-" + day + ".csv\"")
                .build();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
