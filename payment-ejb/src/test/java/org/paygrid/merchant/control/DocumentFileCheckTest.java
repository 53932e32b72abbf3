package org.paygrid.merchant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.paygrid.merchant.control.DocumentFileCheck.CheckedFile;
import org.paygrid.merchant.entity.DocumentFileType;
import org.paygrid.shared.crypto.Sha256;
import org.paygrid.shared.error.ErrorCode;
import org.paygrid.shared.error.PaygridException;

class DocumentFileCheckTest {

    private static final byte[] PDF = ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
            'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
            'F', 0};

    @Test
    void acceptsAPdfByItsContent() {
        CheckedFile file = DocumentFileCheck.check("사업자등록증.pdf", PDF);
        assertThat(file.type()).isEqualTo(DocumentFileType.PDF);
        assertThat(file.type().mediaType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("사업자등록증.pdf");
        assertThat(file.content()).isEqualTo(PDF);
    }

    @Test
    void acceptsAPngByItsContent() {
        CheckedFile file = DocumentFileCheck.check("registration.PNG", PNG);
        assertThat(file.type()).isEqualTo(DocumentFileType.PNG);
        assertThat(file.type().mediaType()).isEqualTo("image/png");
        assertThat(file.fileName()).isEqualTo("registration.PNG");
    }

    @Test
    void acceptsAJpegByItsContentUnderEitherExtension() {
        assertThat(DocumentFileCheck.check("id card.jpeg", JPEG).type()).isEqualTo(DocumentFileType.JPEG);
        CheckedFile file = DocumentFileCheck.check("id card.jpg", JPEG);
        assertThat(file.type().mediaType()).isEqualTo("image/jpeg");
        assertThat(file.fileName()).isEqualTo("id card.jpg");
    }

    @Test
    void decidesTheTypeByContentAndGivesTheNameTheRightExtension() {
        CheckedFile pdfNamedPng = DocumentFileCheck.check("scan.png", PDF);
        assertThat(pdfNamedPng.type()).isEqualTo(DocumentFileType.PDF);
        assertThat(pdfNamedPng.fileName()).isEqualTo("scan.png.pdf");
        assertThat(DocumentFileCheck.check("scan", JPEG).fileName()).isEqualTo("scan.jpg");
    }

    @Test
    void refusesARenamedExecutable() {
        byte[] windowsExecutable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        assertRefused(() -> DocumentFileCheck.check("registration.pdf", windowsExecutable));
        assertRefused(() -> DocumentFileCheck.check("invoice.exe", windowsExecutable));
    }

    @Test
    void refusesAPageOrTextNamedLikeAnImage() {
        assertRefused(() -> DocumentFileCheck.check("id.png",
                ascii("<html><script>alert(document.cookie)</script></html>")));
        assertRefused(() -> DocumentFileCheck.check("id.jpg", ascii("this is not really an image\n")));
        // the magic number must be at the start, and whole
        assertRefused(() -> DocumentFileCheck.check("late.pdf", ascii(" %PDF-1.4\n")));
        assertRefused(() -> DocumentFileCheck.check("short.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertRefused(() -> DocumentFileCheck.check("short.png", Arrays.copyOf(PNG, 7)));
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> DocumentFileCheck.check("empty.pdf", new byte[0]));
        assertRefused(() -> DocumentFileCheck.check("none.pdf", null));
    }

    @Test
    void acceptsUpTo5MbAndRefusesOneByteMore() {
        byte[] largest = Arrays.copyOf(PDF, DocumentFileCheck.MAX_BYTES);
        assertThat(DocumentFileCheck.MAX_BYTES).isEqualTo(5 * 1024 * 1024);
        assertThat(DocumentFileCheck.check("large.pdf", largest).content()).hasSize(DocumentFileCheck.MAX_BYTES);
        byte[] tooLarge = Arrays.copyOf(PDF, DocumentFileCheck.MAX_BYTES + 1);
        assertThatThrownBy(() -> DocumentFileCheck.check("large.pdf", tooLarge)).isInstanceOf(PaygridException.class)
                .hasMessageContaining(String.valueOf(DocumentFileCheck.MAX_BYTES + 1));
    }

    @Test
    void keepsOnlyTheLastPathSegmentOfTheName() {
        assertThat(name("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(name("..\\..\\windows\\system32\\report.pdf")).isEqualTo("report.pdf");
        assertThat(name("C:\\Users\\kim\\Desktop\\통신판매업 신고증.pdf")).isEqualTo("통신판매업 신고증.pdf");
        assertThat(name("/var/tmp/../registration.pdf")).isEqualTo("registration.pdf");
        assertThat(name("..")).isEqualTo("document.pdf");
        assertThat(name("../")).isEqualTo("document.pdf");
    }

    @Test
    void replacesUnsafeCharactersAndDropsLeadingDots() {
        assertThat(name("a\"b;c<d>e\r\nf.pdf")).isEqualTo("a_b_c_d_e_f.pdf");
        assertThat(name(".htaccess")).isEqualTo("htaccess.pdf");
        assertThat(name("...pdf")).isEqualTo("document.pdf");
        // a right-to-left override (U+202E) would make the name read "reportexe.pdf" in a list
        assertThat(name("report\u202Efdp.exe")).isEqualTo("report_fdp.exe.pdf");
        assertThat(name("scan (1).pdf")).isEqualTo("scan (1).pdf");
        assertThat(name(null)).isEqualTo("document.pdf");
        assertThat(name("   ")).isEqualTo("document.pdf");
    }

    @Test
    void cutsLongNamesTo100CharactersKeepingTheExtension() {
        String cut = name("x".repeat(300) + ".pdf");
        assertThat(cut).hasSize(DocumentFileCheck.MAX_NAME_LENGTH).endsWith("x.pdf");
        String korean = name("가".repeat(300) + ".pdf");
        assertThat(korean.codePointCount(0, korean.length())).isEqualTo(DocumentFileCheck.MAX_NAME_LENGTH);
        assertThat(korean).endsWith("가.pdf");
    }

    @Test
    void recordsTheSha256OfTheContent() {
        // SHA-256("abc") from FIPS 180-2
        assertThat(Sha256.hex(ascii("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DocumentFileCheck.check("a.pdf", PDF).sha256()).isEqualTo(Sha256.hex(PDF))
                .hasSize(64);
    }

    private static String name(String submitted) {
        return DocumentFileCheck.check(submitted, PDF).fileName();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable check) {
        assertThatThrownBy(check).isInstanceOf(PaygridException.class)
                .satisfies(e -> assertThat(((PaygridException) e).code()).isEqualTo(ErrorCode.INVALID_DOCUMENT));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
