package org.paygrid.network.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import org.paygrid.network.control.NetworkHttp;

/** The card acquirer's books as it hands them out: the capture file (매입 파일) of a business date. */
@ApplicationScoped
public class AcquirerBooks {

    @Inject
    NetworkHttp network;

    /** The capture file's text (CSV), exactly as the acquirer sent it; an answer other than 200 is trouble. */
    public String captureFile(LocalDate date) throws IOException, InterruptedException {
        NetworkHttp.Reply reply = network.get("/books/card/capture-file?date=" + date);
        if (reply.status() != 200) {
            throw new IOException("the acquirer answered HTTP " + reply.status() + " for the capture file of " + date);
        }
        return reply.body();
    }
}
