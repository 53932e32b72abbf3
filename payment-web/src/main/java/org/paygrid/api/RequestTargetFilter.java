package org.paygrid.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.paygrid.api.problem.Problem;
import org.paygrid.shared.error.ErrorCode;

/**
 * Refuses a request target the application could only misread (contract section 3): a malformed percent-escape
 * ({@code %ZZ}, a lone {@code %}) or an encoded NUL in the path or query answers 400 problem+json before any
 * resource decodes it (the container would otherwise decode {@code %ZZ} to nothing and serve an empty 200).
 */
@WebFilter(urlPatterns = "/*")
public class RequestTargetFilter extends HttpFilter {

    /** A % not followed by two hex digits, or %00. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})|%00");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        if (BAD_ESCAPE.matcher(uri).find() || (query != null && BAD_ESCAPE.matcher(query).find())) {
            Problem problem = Problem.of(ErrorCode.INVALID_REQUEST,
                    "The request target has a malformed percent-escape or an encoded NUL", uri);
            byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
            response.setStatus(400);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }
}
