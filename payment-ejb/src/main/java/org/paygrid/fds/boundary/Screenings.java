package org.paygrid.fds.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.paygrid.fds.entity.Screening;

/** The stored screenings, as staff read them to see why a payment was held or blocked. */
@Stateless
public class Screenings {

    @PersistenceContext
    EntityManager em;

    public Optional<ScreeningView> of(String paymentKey) {
        return Optional.ofNullable(em.find(Screening.class, paymentKey)).map(ScreeningView::of);
    }
}
