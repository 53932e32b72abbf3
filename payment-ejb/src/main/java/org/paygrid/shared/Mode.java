package org.paygrid.shared;

/** Test-mode and live-mode objects never see each other. */
public enum Mode {
    TEST("test"),
    LIVE("live");

    private final String wireName;

    Mode(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in key prefixes and JSON ("test", "live"). */
    public String wireName() {
        return wireName;
    }

    /** "test" or "live" as a caller writes it; anything else is the caller's mistake. */
    public static Mode fromWireName(String value) {
        for (Mode mode : values()) {
            if (mode.wireName.equals(value)) {
                return mode;
            }
        }
        throw org.paygrid.shared.error.RequestChecks.invalid("mode", "must be \"test\" or \"live\"");
    }
}
