package org.paygrid.console.settlement;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.settlement.boundary.Settlements;
import org.paygrid.shared.Mode;

/**
 * {@code GET /settlement/report?merchantId=&mode=test|live&date=yyyy-MM-dd}: one merchant's settlement lines of one
 * sold date as CSV, from {@link Settlements#csv}. A plain GET so that a link downloads it; it reads only. Under
 * {@code /settlement/}, so {@link org.paygrid.console.security.ConsoleAccessFilter} admits only the settlement
 * screen's roles; checked here again.
 */
@WebServlet("/settlement/report")
public class SettlementReportServlet extends HttpServlet {

    private static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,32}");

    @EJB
    Settlements settlements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ConsoleScreen.SETTLEMENT.openTo(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String merchantId = request.getParameter("merchantId");
        String mode = request.getParameter("mode");
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(request.getParameter("date")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "date must be yyyy-MM-dd");
            return;
        }
        if (merchantId == null || !MERCHANT_ID.matcher(merchantId).matches()
                || !("test".equals(mode) || "live".equals(mode))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "merchantId and mode (test or live) are required");
            return;
        }
        byte[] csv = settlements.csv(merchantId, Mode.fromWireName(mode), date).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"settlement-" + merchantId + "-" + mode + "-" + date + ".csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
