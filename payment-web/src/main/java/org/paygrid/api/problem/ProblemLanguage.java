package org.paygrid.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problems speak the caller's language (contract section 3): with {@code Accept-Language} preferring Korean, the
 * message is the code's Korean text, followed by the English detail that names the field or value.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    private static final ResourceBundle KOREAN = ResourceBundle.getBundle("org.paygrid.api.problem.messages",
            Locale.KOREAN, ProblemLanguage.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !prefersKorean(request)) {
            return;
        }
        try {
            String korean = KOREAN.getString(problem.code());
            String message = problem.message() == null || problem.message().isBlank() ? korean
                    : korean + " (" + problem.message() + ")";
            response.setEntity(new Problem(problem.type(), problem.title(), problem.status(), problem.code(), message,
                    problem.instance()), null, response.getMediaType());
        } catch (MissingResourceException untranslated) {
            // the English message stays
        }
    }

    private static boolean prefersKorean(ContainerRequestContext request) {
        return !request.getAcceptableLanguages().isEmpty()
                && "ko".equals(request.getAcceptableLanguages().get(0).getLanguage());
    }
}
