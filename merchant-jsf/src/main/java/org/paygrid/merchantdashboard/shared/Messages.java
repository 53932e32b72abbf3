package org.paygrid.merchantdashboard.shared;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.logging.Log;

/**
 * How a dashboard screen tells the person what happened: a refused rule with its contract code and message, as the
 * API would say it; anything unexpected logged here and shown as one sentence.
 */
public final class Messages {

    private static final Log LOG = Log.of(Messages.class);

    private Messages() {
    }

    /** Runs one action; answers its result, or null after showing why it failed. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (PaygridException refused) {
            error(refused.code().name() + ": " + refused.getMessage());
        } catch (EJBException | IllegalStateException | IllegalArgumentException unexpected) {
            LOG.severe(() -> "dashboard action failed", unexpected);
            error(text("error.text"));
        }
        return null;
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, MessageFormat.format(text(key), arguments));
    }

    /** A message for the page the action redirects to (post, redirect, get: a reload repeats nothing). */
    public static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** A text of the dashboard's bundle in the language of the request. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
