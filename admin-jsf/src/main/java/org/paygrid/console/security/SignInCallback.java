package org.paygrid.console.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID mechanism has already exchanged the code
 * and established the session by the time this runs; what is left is to open the console.
 */
@WebServlet("/callback")
public class SignInCallback extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
