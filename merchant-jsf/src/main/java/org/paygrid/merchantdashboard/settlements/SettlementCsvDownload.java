package org.paygrid.merchantdashboard.settlements;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.paygrid.merchant.boundary.MerchantCredential;
import org.paygrid.merchant.entity.MemberPermission;
import org.paygrid.merchantdashboard.workspace.NotYours;
import org.paygrid.merchantdashboard.workspace.Workspace;
import org.paygrid.settlement.boundary.Settlements;
import org.paygrid.shared.error.PaygridException;

/**
 * The settlement reports as CSV, for the merchant and mode the member is looking at: one sold date's lines
 * ({@code settlements.csv?soldDate=}), or the payouts of a range ({@code payouts.csv?from=&to=}). The merchant is
 * never taken from the address: a {@code merchantId} added to it changes nothing, and a member whose role may not
 * see settlements gets 403. Every download is in the audit log.
 */
@WebServlet({"/settlements.csv", "/payouts.csv"})
public class SettlementCsvDownload extends HttpServlet {

    @Inject
    Workspace workspace;

    @EJB
    Settlements settlements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MerchantCredential member;
        try {
            member = workspace.credential(MemberPermission.VIEW_SETTLEMENTS);
        } catch (NotYours refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String actor = workspace.person().actor();
        String name = "-" + member.merchantId() + "-" + member.mode().wireName();
        try {
            if (request.getServletPath().equals("/payouts.csv")) {
                String from = request.getParameter("from");
                String to = request.getParameter("to");
                send(response, "payouts" + name + "-" + from + "-" + to,
                        settlements.payoutsCsv(member.merchantId(), member.mode(), from, to, actor));
            } else {
                LocalDate soldDate = LocalDate.parse(String.valueOf(request.getParameter("soldDate")));
                send(response, "settlement" + name + "-" + soldDate,
                        settlements.csv(member.merchantId(), member.mode(), soldDate, actor));
            }
        } catch (DateTimeParseException | PaygridException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "dates must be yyyy-MM-dd, at most a year apart");
        }
    }

    private static void send(HttpServletResponse response, String name, String csv) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
    }
}
