package org.paygrid.merchantdashboard.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.paygrid.merchant.boundary.Person;
import org.paygrid.signin.SignedIn;

/** Who is signed in to the dashboard, as the merchant realm said, and the way out. */
@Named("person")
@RequestScoped
public class SignedInPerson {

    @Inject
    HttpServletRequest request;

    @Inject
    MerchantSignIn signIn;

    /** The person of this request; the dashboard is behind sign-in, so there always is one. */
    public Person person() {
        SignedIn signedIn = signedIn();
        String email = signedIn.email() != null ? signedIn.email() : signedIn.username();
        return new Person(signedIn.subject(), email, signedIn.emailVerified());
    }

    public String getEmail() {
        return person().email();
    }

    public String getDisplayName() {
        return signedIn().displayName();
    }

    /** Ends the dashboard's session and the merchant realm's, back to the dashboard (its sign-in page). */
    public void signOut() throws IOException {
        String back = request.getRequestURL().toString()
                .replaceFirst("(https?://[^/]+" + request.getContextPath() + ").*", "$1/");
        URI endSession = signIn.signOut(request, back).orElse(URI.create(back));
        FacesContext.getCurrentInstance().getExternalContext().redirect(endSession.toString());
    }

    private SignedIn signedIn() {
        return SignedIn.of(request).orElseThrow(() -> new IllegalStateException("not signed in"));
    }
}
