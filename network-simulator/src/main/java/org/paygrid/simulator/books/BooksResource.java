package org.paygrid.simulator.books;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paygrid.simulator.card.CardBooks;

/** The acquirer's books of one business day (Asia/Seoul), for the platform's reconciliation. */
@Path("/books/card")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BooksResource {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    CardBooks books;

    @GET
    public Response day(@QueryParam("date") String date) throws SQLException {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            return Response.status(400).entity(Map.of("code", "INVALID_REQUEST", "message", "date=yyyy-MM-dd")).build();
        }
        CardBooks.DayBooks booked = books.day(day.atStartOfDay(SEOUL).toInstant(),
                day.plusDays(1).atStartOfDay(SEOUL).toInstant());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", day.toString());
        body.put("authorizations", booked.authorizations());
        body.put("cancels", booked.cancels());
        return Response.ok(body).build();
    }

    /**
     * The day's capture file (매입 파일) as the acquirer sends it to the PG: CSV, one line per approval
     * ({@code A}) and per cancel ({@code C}), with a trailer of counts and the net amount.
     */
    @GET
    @Path("/capture-file")
    @Produces("text/csv")
    public Response captureFile(@QueryParam("date") String date) throws SQLException {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("code", "INVALID_REQUEST", "message", "date=yyyy-MM-dd")).build();
        }
        CardBooks.DayBooks booked = books.day(day.atStartOfDay(SEOUL).toInstant(),
                day.plusDays(1).atStartOfDay(SEOUL).toInstant());
        StringBuilder csv = new StringBuilder("type,reference,cancelReference,amount,approveNo,bookedAt\r\n");
        long net = 0;
        int approvals = 0;
        for (var authorization : booked.authorizations()) {
            if (authorization.approved()) {
                csv.append("A,").append(authorization.reference()).append(",,").append(authorization.amount())
                        .append(',').append(authorization.approveNo()).append(',').append(authorization.createdAt())
                        .append("\r\n");
                net += authorization.amount();
                approvals++;
            }
        }
        for (var cancel : booked.cancels()) {
            csv.append("C,").append(cancel.reference()).append(',').append(cancel.cancelReference()).append(',')
                    .append(cancel.amount()).append(",,").append(cancel.createdAt()).append("\r\n");
            net -= cancel.amount();
        }
        csv.append("T,").append(approvals).append(',').append(booked.cancels().size()).append(',').append(net)
                .append(",,\r\n");
        return Response.ok(csv.toString()).build();
    }
}
