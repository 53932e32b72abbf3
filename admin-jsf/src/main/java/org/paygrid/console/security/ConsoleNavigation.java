package org.paygrid.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The menu of the signed-in staff member: only the screens one of their roles may use. */
@Named
@RequestScoped
public class ConsoleNavigation {

    @Inject
    StaffSession staff;

    public List<ConsoleScreen> getScreens() {
        return Arrays.stream(ConsoleScreen.values()).filter(this::allowed).toList();
    }

    public boolean allowed(ConsoleScreen screen) {
        return screen.roles().stream().anyMatch(staff::hasRole);
    }

    /** True on the pages of {@code screen}, for {@code aria-current} in the menu. */
    public boolean current(ConsoleScreen screen) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return screen == ConsoleScreen.of(viewId);
    }

    /** The landing page sends each role to its landing screen ({@link ConsoleScreen#LANDING}). */
    public String home() {
        return ConsoleScreen.LANDING.stream().filter(this::allowed).findFirst()
                .map(screen -> screen.home() + "?faces-redirect=true").orElse(null);
    }
}
