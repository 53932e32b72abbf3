package org.paygrid.merchantdashboard.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in callback's address without a sign-in to finish (MerchantSignIn answers those before any servlet):
 * a bookmarked or reloaded callback simply opens the dashboard.
 */
@WebServlet("/callback")
public class SignInCallback extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
