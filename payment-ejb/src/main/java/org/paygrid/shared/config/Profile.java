package org.paygrid.shared.config;

/**
 * Which settings a server runs with: {@code -Dpaygrid.profile=development} (what ./paygrid starts) adds the
 * development defaults; anything else, or nothing, is production, which has no defaults for secrets and refuses
 * development values.
 */
public enum Profile {
    DEVELOPMENT, PRODUCTION;

    public static final String PROPERTY = "paygrid.profile";

    public static Profile current() {
        return "development".equals(System.getProperty(PROPERTY)) ? DEVELOPMENT : PRODUCTION;
    }
}
