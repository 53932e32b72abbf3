package org.paygrid.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the platform: Asia/Seoul, injectable so that rules can be tested at any instant. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Produces
    public Clock clock() {
        return Clock.system(SEOUL);
    }
}
