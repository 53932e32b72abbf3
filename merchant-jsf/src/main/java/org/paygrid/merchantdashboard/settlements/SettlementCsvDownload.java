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

/**
 * One sold date's settlement report as CSV, for the merchant and mode the member is looking at. The merchant is
 * never taken from the address: a {@code merchantId} added to it changes nothing, and a member whose role may not
 * see settlements gets 403. Every download is in the audit log.
 */
@WebServlet("/settlements.csv")
public class SettlementCsvDownload extends HttpServlet {

    @Inject
    Workspace workspace;

    @EJB
    Settlements settlements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate soldDate;
        try {
            soldDate = LocalDate.parse(String.valueOf(request.getParameter("soldDate")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "soldDate must be a date (yyyy-MM-dd)");
            return;
        }
        MerchantCredential member;
        try {
            member = workspace.credential(MemberPermission.VIEW_SETTLEMENTS);
        } catch (NotYours refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String csv = settlements.csv(member.merchantId(), member.mode(), soldDate, workspace.person().actor());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"settlement-" + member.merchantId() + "-"
                + member.mode().wireName() + "-" + soldDate + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
    }
}
