package org.paygrid.console.shared;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.paygrid.shared.error.PaygridException;
import org.paygrid.shared.logging.Log;

/**
 * How a screen tells staff what happened. A refused business rule shows its contract code and message, as the
 * API would; anything unexpected is logged here and shown as one sentence, never as a stack trace.
 */
public final class ConsoleMessages {

    private static final Log LOG = Log.of(ConsoleMessages.class);

    private ConsoleMessages() {
    }

    /** Runs one staff action; answers its result, or null after showing why it failed. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (PaygridException refused) {
            error(refused.code().name() + ": " + refused.getMessage());
        } catch (EJBException | IllegalStateException | IllegalArgumentException unexpected) {
            LOG.severe(() -> "console action failed", unexpected);
            error(text("error.unexpected"));
        }
        return null;
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, MessageFormat.format(text(key), arguments));
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** A text of the console's bundle in the language of the request. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
