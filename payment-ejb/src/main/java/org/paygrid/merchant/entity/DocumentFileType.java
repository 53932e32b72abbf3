package org.paygrid.merchant.entity;

import java.util.List;

/**
 * The file types a merchant document may be, each told by the first bytes of the file (its magic number), never by
 * the name or the type the browser sent.
 */
public enum DocumentFileType {
    /** {@code %PDF-} */
    PDF("application/pdf", List.of("pdf"), new byte[] {0x25, 0x50, 0x44, 0x46, 0x2D}),
    /** The PNG signature: {@code 89 50 4E 47 0D 0A 1A 0A}. */
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
    /** SOI followed by the first marker's {@code FF}: {@code FF D8 FF}. */
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] magic;

    DocumentFileType(String mediaType, List<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    /** The type whose magic number {@code content} starts with, or null for any other content. */
    public static DocumentFileType of(byte[] content) {
        for (DocumentFileType type : values()) {
            if (type.startsWithMagic(content)) {
                return type;
            }
        }
        return null;
    }

    private boolean startsWithMagic(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** What is stored and sent back as Content-Type, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** File name extensions of the type, lower case without the dot; the first is the one given to a name. */
    public List<String> extensions() {
        return extensions;
    }
}
