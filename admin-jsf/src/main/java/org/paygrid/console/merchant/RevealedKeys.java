package org.paygrid.console.merchant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.paygrid.merchant.entity.ApiKeyKind;
import org.paygrid.shared.Mode;
import org.primefaces.PrimeFaces;

/**
 * Keys in clear, just issued by an approval or a roll: shown once in a dialog and forgotten when it is closed.
 * They live only in this view (a reload starts a new one and finds nothing) and are never read back from the
 * database, which holds only their hashes.
 */
@Named
@ViewScoped
public class RevealedKeys implements Serializable {

    /** One key in clear. */
    public record Revealed(Mode mode, ApiKeyKind kind, String plaintext) implements Serializable {
    }

    private final List<Revealed> keys = new ArrayList<>();

    /** Tells the page (an AJAX callback parameter) to open the dialog when there is something to show. */
    void show(List<Revealed> issued) {
        keys.clear();
        keys.addAll(issued);
        if (!keys.isEmpty()) {
            PrimeFaces.current().ajax().addCallbackParam("keysRevealed", true);
        }
    }

    public List<Revealed> getKeys() {
        return keys;
    }

    public boolean isShowing() {
        return !keys.isEmpty();
    }

    /** The dialog's "I have stored them" button. */
    public void forget() {
        keys.clear();
    }
}
