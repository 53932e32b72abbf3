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
}
