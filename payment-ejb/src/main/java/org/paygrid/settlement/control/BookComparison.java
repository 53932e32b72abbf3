package org.paygrid.settlement.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares our side and the network's side of one day, entry by entry; every difference is reported. */
public final class BookComparison {

    public enum Kind { MISSING_AT_NETWORK, MISSING_AT_PLATFORM, AMOUNT_DIFFERS }

    /**
     * One movement as our books hold it: {@code key} is the network reference or the cancel's transaction key;
     * {@code transactionKey} is the movement's own, which its journal entry and settlement line carry too.
     */
    public record Ours(String key, String reference, String cancelReference, String paymentKey, String transactionKey,
                       long amount) {
    }

    /** A difference; {@code paymentKey} and {@code transactionKey} are ours, so null when the movement is not. */
    public record Mismatch(Kind kind, String reference, String cancelReference, String paymentKey,
                           String transactionKey, Long platformAmount, Long networkAmount) {
    }

    private BookComparison() {
    }

    public static List<Mismatch> compare(List<Ours> ours, List<CaptureFile.Entry> theirs) {
        Map<String, CaptureFile.Entry> network = theirs.stream()
                .collect(Collectors.toMap(CaptureFile.Entry::key, Function.identity(), (a, b) -> a));
        Map<String, Ours> platform = ours.stream().collect(Collectors.toMap(Ours::key, Function.identity(), (a, b) -> a));
        List<Mismatch> found = new ArrayList<>();
        for (Ours entry : ours) {
            CaptureFile.Entry other = network.get(entry.key());
            if (other == null) {
                found.add(new Mismatch(Kind.MISSING_AT_NETWORK, entry.reference(), entry.cancelReference(),
                        entry.paymentKey(), entry.transactionKey(), entry.amount(), null));
            } else if (other.amount() != entry.amount()) {
                found.add(new Mismatch(Kind.AMOUNT_DIFFERS, entry.reference(), entry.cancelReference(),
                        entry.paymentKey(), entry.transactionKey(), entry.amount(), other.amount()));
            }
        }
        for (CaptureFile.Entry entry : theirs) {
            if (!platform.containsKey(entry.key())) {
                found.add(new Mismatch(Kind.MISSING_AT_PLATFORM, entry.reference(), entry.cancelReference(), null,
                        null, null, entry.amount()));
            }
        }
        return found;
    }
}
