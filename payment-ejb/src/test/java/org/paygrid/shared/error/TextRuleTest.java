package org.paygrid.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The text rule of contract section 2: text is refused, naming its field, for a control character, an unpaired
 * surrogate or a noncharacter anywhere, and in a name customers see for a bidirectional control; everything else
 * is kept exactly as sent, whatever its script, spaces or emoji, with lengths in code points.
 */
class TextRuleTest {

    @Property(tries = 500)
    void acceptedTextIsKeptExactlyAsSent(@ForAll("allowedText") String text) {
        assertThat(RequestChecks.optionalText(text, "orderName", 1_000)).isEqualTo(text.isEmpty() ? null : text);
    }

    @Property(tries = 500)
    void aForbiddenCodePointAnywhereIsRefusedNamingTheField(@ForAll("allowedText") String text,
                                                           @ForAll("forbidden") int codePoint,
                                                           @ForAll @IntRange(max = 1_000) int where) {
        int at = text.offsetByCodePoints(0, where % (text.codePointCount(0, text.length()) + 1));
        String tainted = text.substring(0, at) + new String(Character.toChars(codePoint)) + text.substring(at);
        assertThatThrownBy(() -> RequestChecks.optionalText(tainted, "cancelReason", 1_000))
                .isInstanceOfSatisfying(PaygridException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(refused.getMessage()).startsWith("cancelReason: must not contain");
                });
    }

    @Property(tries = 200)
    void lengthsCountCodePoints(@ForAll @IntRange(min = 1, max = 100) int count) {
        String emoji = "😀".repeat(count);   // two chars each
        assertThat(RequestChecks.requiredText(emoji, "orderName", count)).isEqualTo(emoji);
        assertThatThrownBy(() -> RequestChecks.requiredText(emoji + "x", "orderName", count))
                .hasMessageContaining("at most " + count + " characters");
    }

    @Example
    void whatUsedToBeSilentlyChangedIsRefusedOrKept() {
        for (String refused : new String[] {"\r\nX-Injected: 1", "\u001b[31mred", "\u0000", "line\nbreak", "\ud800",
                "a\udc00b", "\u0085next", "\ufffe", "\uFDD0"}) {
            assertThatThrownBy(() -> RequestChecks.requiredText(refused, "orderName", 100))
                    .as(refused).isInstanceOf(PaygridException.class);
        }
        assertThat(RequestChecks.requiredText("  padded  ", "orderName", 100)).isEqualTo("  padded  ");
        assertThat(RequestChecks.requiredText("한빛 책방 🍵", "orderName", 100)).isEqualTo("한빛 책방 🍵");
        assertThat(RequestChecks.requiredCode(" order-1", "orderId", 64)).isEqualTo(" order-1");
    }

    @Example
    void namesCustomersSeeRefuseBidirectionalControlsOtherTextKeepsThem() {
        String spoofed = "Books \u202Eexe.pdf";
        assertThatThrownBy(() -> RequestChecks.requiredShownName(spoofed, "orderName", 100))
                .hasMessageContaining("orderName: must not contain bidirectional control characters");
        assertThat(RequestChecks.requiredText("مرحبا \u2067x\u2069", "cancelReason", 100)).contains("\u2067");
    }

    /** The API document's patterns say what the rule does, for every character a pattern can name (the BMP). */
    @Property(tries = 2_000)
    void theDocumentsPatternsAgreeWithTheRule(@ForAll("bmpText") String text) {
        boolean allowed = Text.forbidden(text) == null;
        assertThat(java.util.regex.Pattern.matches(Text.PATTERN, text)).as(escaped(text)).isEqualTo(allowed);
        assertThat(java.util.regex.Pattern.matches(Text.SHOWN_NAME_PATTERN, text)).as(escaped(text))
                .isEqualTo(allowed && !Text.hasBidiControl(text));
    }

    /** Short texts of BMP characters outside the surrogate range, rich in the edges of the refused ranges. */
    @Provide
    Arbitrary<String> bmpText() {
        Arbitrary<Character> edges = Arbitraries.of('\u0000', '\u001F', '\u0020', '\u007E', '\u007F', '\u009F',
                '\u00A0', '\u2029', '\u202A', '\u202E', '\u202F', '\u2065', '\u2066', '\u2069', '\u206A',
                '\uFDCF', '\uFDD0', '\uFDEF', '\uFDF0', '\uFFFD', '\uFFFE', '\uFFFF', 'a', '한');
        Arbitrary<Character> any = Arbitraries.chars().range('\u0000', '\uD7FF')
                .injectDuplicates(0.1);
        Arbitrary<Character> upper = Arbitraries.chars().range('\uE000', '\uFFFF');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, edges), net.jqwik.api.Tuple.of(2, any),
                net.jqwik.api.Tuple.of(1, upper)).list().ofMaxSize(6)
                .map(chars -> chars.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
    }

    private static String escaped(String text) {
        return text.chars().mapToObj(c -> String.format("\\u%04X", c)).collect(java.util.stream.Collectors.joining());
    }

    /** Letters of several scripts, spaces, punctuation and emoji: no digit, so never a card number by chance. */
    @Provide
    Arbitrary<String> allowedText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMaxLength(8),
                Arbitraries.strings().withCharRange('가', '힣').ofMaxLength(4),
                Arbitraries.strings().withChars(' ', '-', '.', ',', '!', '?', '\'', '"', '&', '<', '>', '·', '…')
                        .ofMaxLength(3),
                Arbitraries.of("😀", "🍵", "👩‍💻", "🇰🇷", "é", "ß", "中文", "\u00A0", "\u200B", "\u202F"));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<Integer> forbidden() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0x00, 0x1F), Arbitraries.integers().between(0x7F, 0x9F),
                Arbitraries.integers().between(0xD800, 0xDFFF), Arbitraries.integers().between(0xFDD0, 0xFDEF),
                Arbitraries.of(0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF));
    }
}
