package org.paygrid.settlement.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The acquirer's capture file (매입 파일): CSV lines {@code A,reference,,amount,approveNo,bookedAt} for approvals and
 * {@code C,reference,cancelReference,amount,,bookedAt} for cancels, then a trailer {@code T,approvals,cancels,net}
 * that the parser checks, so a truncated file is refused instead of reconciled.
 */
public record CaptureFile(List<Entry> entries) {

    public record Entry(boolean cancel, String reference, String cancelReference, long amount) {
        /** What identifies it on both sides: the authorization, or the cancel's own reference. */
        public String key() {
            return cancel ? cancelReference : reference;
        }
    }

    public static CaptureFile parse(String csv) {
        List<Entry> entries = new ArrayList<>();
        long net = 0;
        int approvals = 0;
        int cancels = 0;
        boolean trailer = false;
        String[] lines = csv.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            switch (f[0]) {
                case "A" -> {
                    long amount = Long.parseLong(f[3]);
                    entries.add(new Entry(false, f[1], null, amount));
                    net += amount;
                    approvals++;
                }
                case "C" -> {
                    long amount = Long.parseLong(f[3]);
                    entries.add(new Entry(true, f[1], f[2], amount));
                    net -= amount;
                    cancels++;
                }
                case "T" -> {
                    if (Integer.parseInt(f[1]) != approvals || Integer.parseInt(f[2]) != cancels
                            || Long.parseLong(f[3]) != net) {
                        throw new IllegalArgumentException("capture file trailer does not match its lines");
                    }
                    trailer = true;
                }
                default -> throw new IllegalArgumentException("unknown capture line type " + f[0]);
            }
        }
        if (!trailer) {
            throw new IllegalArgumentException("capture file has no trailer: truncated?");
        }
        return new CaptureFile(entries);
    }
}
