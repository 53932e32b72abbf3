package org.paygrid.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.paygrid.shared.error.ErrorCode;

/**
 * The container's error pages for this module (web.xml): an error raised outside the JAX-RS resources (an unknown
 * static path, a servlet's sendError) answers problem+json like the API, or a plain page in the payment window,
 * never the server's default page, which names the server and its version.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute("jakarta.servlet.error.status_code") instanceof Integer code ? code : 500;
        String uri = request.getAttribute("jakarta.servlet.error.request_uri") instanceof String path ? path : null;
        response.setStatus(status);
        if (uri != null && uri.startsWith(request.getContextPath() + "/checkout")) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Paygrid</title>"
                    + "</head><body><p>" + (status == 404 ? "This payment does not exist." : "Something went wrong.")
                    + "</p></body></html>");
            return;
        }
        ErrorCode code = switch (status) {
            case 400 -> ErrorCode.INVALID_REQUEST;
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_REQUEST;
        };
        Problem generic = Problem.of(code, status >= 500 ? "Something went wrong on our side"
                : "The request could not be served", uri);
        byte[] body = JSON.toJson(new Problem(generic.type(), generic.title(), status, generic.code(),
                generic.message(), uri)).getBytes(StandardCharsets.UTF_8);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
