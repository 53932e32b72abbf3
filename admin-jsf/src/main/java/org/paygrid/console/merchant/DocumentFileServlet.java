package org.paygrid.console.merchant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.merchant.boundary.DocumentFileContent;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.shared.error.PaygridException;

/**
 * {@code GET /merchant/document?merchantId=&fileId=}: one uploaded merchant document, decrypted by
 * {@link Merchants#documentFile} (which audits the opening), always as a download: {@code Content-Disposition:
 * attachment}, the type found from its content at upload, {@code nosniff}, and a sandbox so that no browser ever
 * renders it as a page of the console. Under {@code /merchant/}, so
 * {@link org.paygrid.console.security.ConsoleAccessFilter} admits only the merchant screen's roles; checked here again.
 */
@WebServlet("/merchant/document")
public class DocumentFileServlet extends HttpServlet {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_\\-]{1,40}");

    @EJB
    Merchants merchants;

    @Inject
    StaffSession staff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ConsoleScreen.MERCHANTS.openTo(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String merchantId = request.getParameter("merchantId");
        String fileId = request.getParameter("fileId");
        if (merchantId == null || fileId == null || !ID.matcher(merchantId).matches()
                || !ID.matcher(fileId).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "merchantId and fileId are required");
            return;
        }
        String actor = staff.actorOn(ConsoleScreen.MERCHANTS);
        DocumentFileContent file;
        try {
            file = merchants.documentFile(merchantId, fileId, actor);
        } catch (PaygridException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = file.content();
        response.setContentType(file.info().contentType());
        response.setHeader("Content-Disposition", attachment(file.info().fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /**
     * The stored name is already safe (no quotes, slashes or controls; see DocumentFileCheck); it may hold Korean,
     * so an ASCII fallback goes beside the RFC 6266 / 5987 UTF-8 form.
     */
    static String attachment(String fileName) {
        String ascii = fileName.codePoints()
                .map(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
