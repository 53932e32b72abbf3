package org.paygrid.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test stack's mail sink (GreenMail, started by ./paygrid) as a person's mailbox: what the platform and Keycloak
 * sent to an address, read through the sink's REST API and parsed as the MIME the relay received.
 */
public final class Inbox {

    /** One received mail: its subject and plain text, decoded. */
    public record Mail(String subject, String text) {

        /** The first link in the text that starts with {@code prefix}. */
        public String link(String prefix) {
            Matcher link = Pattern.compile(Pattern.quote(prefix) + "[^\\s\"<>]*").matcher(text);
            if (!link.find()) {
                throw new AssertionError("no link starting " + prefix + " in: " + text);
            }
            return link.group().replace("&amp;", "&");
        }
    }

    private Inbox() {
    }

    /** The mails the address received so far, oldest first. */
    public static List<Mail> of(String address) {
        var answer = given().get(TestStack.require("paygrid.mail.api") + "/api/user/" + address + "/messages/INBOX");
        if (answer.statusCode() == 400 || answer.statusCode() == 404) {
            return List.of();   // the sink makes an address's mailbox when its first mail arrives
        }
        String json = answer.then().statusCode(200).extract().asString();
        List<String> sources = JsonPath.from(json).getList("mimeMessage", String.class);
        return sources == null ? List.of() : sources.stream().map(Inbox::parse).toList();
    }

    /** Waits (up to a minute: the outbox is polled every couple of seconds) for a mail that matches. */
    public static Mail await(String address, Predicate<Mail> which) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> of(address).stream().filter(which).reduce((first, later) -> later).orElse(null),
                        mail -> mail != null);
    }

    private static Mail parse(String source) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
            return new Mail(message.getSubject(), text(message.getContent()));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable mail: " + source, e);
        }
    }

    /** Plain text, or the text parts of a multipart mail (Keycloak sends text and HTML) one after the other. */
    private static String text(Object content) throws Exception {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(text(parts.getBodyPart(i).getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
