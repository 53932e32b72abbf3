package org.paygrid.merchant.control;

import java.text.Normalizer;
import java.util.Locale;
import org.paygrid.merchant.entity.DocumentFileType;
import org.paygrid.shared.crypto.Sha256;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

/**
 * What a merchant document file must be before it is stored: 1 byte to {@value #MAX_BYTES} bytes, a PDF, PNG or
 * JPEG by its first bytes (the name and the type the browser claims are ignored: a renamed executable or page is
 * refused), under a name that is safe to store, show and send back in a Content-Disposition header.
 */
public final class DocumentFileCheck {

    /** 5 MiB: a scan of a certificate or an ID card is far smaller. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** In characters (code points), extension included; the column is VARCHAR(100). */
    public static final int MAX_NAME_LENGTH = 100;

    private static final String FALLBACK_NAME = "document";

    /** A file that passed: its stored name, its type by content, the bytes and their SHA-256 (lower-case hex). */
    public record CheckedFile(String fileName, DocumentFileType type, byte[] content, String sha256) {

        @Override
        public String toString() {
            return "CheckedFile[" + fileName + ", " + type + ", " + content.length + " bytes, sha256=" + sha256 + "]";
        }
    }

    private DocumentFileCheck() {
    }

    /** Refuses (INVALID_DOCUMENT) an empty, oversized or unrecognised file; answers it with a safe name. */
    public static CheckedFile check(String submittedName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("The file has " + content.length + " bytes; at most " + MAX_BYTES + " (5 MB) are accepted");
        }
        DocumentFileType type = DocumentFileType.of(content);
        if (type == null) {
            throw refused("The file is not a PDF, PNG or JPEG (told by its content, not its name)");
        }
        return new CheckedFile(fileName(submittedName, type), type, content, Sha256.hex(content));
    }

    /**
     * The name to store: the last path segment only (no directories, so no {@code ../}), letters, digits, space and
     * {@code . - _ ( )} kept and anything else (controls, quotes, slashes, semicolons) turned into {@code _}, no
     * leading dot, at most {@value #MAX_NAME_LENGTH} characters, and ending with an extension of the type the content
     * really is ({@code scan.png} holding a PDF is stored as {@code scan.png.pdf}).
     */
    public static String fileName(String submitted, DocumentFileType type) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> safe.appendCodePoint(isSafe(c) ? c : '_'));
        String cleaned = safe.toString().replaceAll("_{2,}", "_").replaceAll(" {2,}", " ").strip();

        String lower = cleaned.toLowerCase(Locale.ROOT);
        String extension = type.extensions().stream().filter(e -> lower.endsWith("." + e)).findFirst().orElse(null);
        String base = extension == null ? cleaned : cleaned.substring(0, cleaned.length() - extension.length() - 1);
        String suffix = "." + (extension == null ? type.extensions().get(0)
                : cleaned.substring(cleaned.length() - extension.length()));
        // no hidden files, no names of dots only; Windows drops trailing dots and spaces
        base = base.replaceAll("^[. _]+", "").replaceAll("[. ]+$", "");
        if (base.isEmpty()) {
            base = FALLBACK_NAME;
        }
        return firstCodePoints(base, MAX_NAME_LENGTH - suffix.length()).replaceAll("[. ]+$", "") + suffix;
    }

    private static boolean isSafe(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == ' ' || codePoint == '.' || codePoint == '-'
                || codePoint == '_' || codePoint == '(' || codePoint == ')';
    }

    private static String firstCodePoints(String text, int count) {
        return text.codePointCount(0, text.length()) <= count ? text
                : text.substring(0, text.offsetByCodePoints(0, count));
    }

    private static PaygridException refused(String why) {
        return new PaygridException(ErrorCode.INVALID_DOCUMENT, why);
    }
}
