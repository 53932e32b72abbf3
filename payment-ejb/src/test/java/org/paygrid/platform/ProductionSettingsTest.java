package org.paygrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paygrid.keys.control.KeyRing;
import org.paygrid.shared.config.DevelopmentSettings;

class ProductionSettingsTest {

    private static final Map<String, String> DEVELOPMENT = DevelopmentSettings.values();

    @Test
    void startsWithRealSettings() {
        assertThat(ProductionSettings.problems(DEVELOPMENT, production()::get)).isEmpty();
    }

    @Test
    void refusesToStartWithNothingSet() {
        assertThat(ProductionSettings.problems(DEVELOPMENT, name -> Optional.empty()))
                .contains("paygrid.staff.token.issuer is not set", "paygrid.console.oidc.client-secret is not set",
                        "paygrid.network.url is not set")
                .anyMatch(problem -> problem.startsWith("paygrid.keys.card is not set"));
    }

    @Test
    void refusesEveryDevelopmentValueWhereverItComesFrom() {
        for (String name : List.of("paygrid.console.oidc.client-secret", "paygrid.dashboard.oidc.client-secret",
                "paygrid.dashboard.oidc.provider-uri", "paygrid.staff.token.issuer",
                "paygrid.network.url", "paygrid.webhook.loopback-receivers", "paygrid.network.live-connector")) {
            Map<String, Optional<String>> settings = production();
            settings.put(name, Optional.of(DEVELOPMENT.get(name)));
            assertThat(ProductionSettings.problems(DEVELOPMENT, settings::get)).as(name)
                    .contains(name + " has its development value");
        }
    }

    @Test
    void refusesADevelopmentValueSpeltAnotherWay() {
        Map<String, Optional<String>> settings = production();
        settings.put("paygrid.webhook.loopback-receivers", Optional.of(" 1"));
        settings.put("paygrid.staff.token.issuer", Optional.of("HTTP://localhost:8180/realms/paygrid/"));
        settings.put("paygrid.network.live-connector", Optional.of("Simulator"));
        assertThat(ProductionSettings.problems(DEVELOPMENT, settings::get)).containsExactlyInAnyOrder(
                "paygrid.webhook.loopback-receivers has its development value",
                "paygrid.staff.token.issuer has its development value",
                "paygrid.network.live-connector has its development value");
    }

    @Test
    void aFlagTurnedOffInAnySpellingIsFine() {
        for (String off : List.of("false", "0", "no", "OFF")) {
            Map<String, Optional<String>> settings = production();
            settings.put("paygrid.webhook.loopback-receivers", Optional.of(off));
            assertThat(ProductionSettings.problems(DEVELOPMENT, settings::get)).as(off).isEmpty();
        }
    }

    @Test
    void refusesADevelopmentKeyEvenUnderAnotherIdOrBesideRealKeys() {
        String firstKey = DEVELOPMENT.get("paygrid.keys.card").split(",")[0].strip();
        String developmentKey = firstKey.substring(firstKey.indexOf(':') + 1);
        Map<String, Optional<String>> settings = production();
        settings.put("paygrid.keys.card", Optional.of("k2:" + KeyRing.newKeyMaterial() + ", prod-1:" + developmentKey));
        assertThat(ProductionSettings.problems(DEVELOPMENT, settings::get))
                .containsExactly("paygrid.keys.card lists a development key");
    }

    @Test
    void refusesAPlaceholderSecret() {
        Map<String, Optional<String>> settings = production();
        settings.put("paygrid.console.oidc.client-secret", Optional.of("please-change-me"));
        assertThat(ProductionSettings.problems(DEVELOPMENT, settings::get))
                .containsExactly("paygrid.console.oidc.client-secret is a placeholder");
    }

    @Test
    void theApplicationsDatabaseUserMayOnlyReadAndWriteRows() {
        assertThat(ProductionSettings.grantProblems(List.of(
                "GRANT USAGE ON *.* TO `paygrid_app`@`%` IDENTIFIED BY PASSWORD '*0123456789ABCDEF'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `paygrid`.* TO `paygrid_app`@`%`"))).isEmpty();
    }

    @Test
    void refusesAnApplicationUserThatCouldChangeTheSchemaOrDropTheAuditTriggers() {
        assertThat(ProductionSettings.grantProblems(List.of(
                "GRANT ALL PRIVILEGES ON `paygrid`.* TO `paygrid`@`%`"))).singleElement().asString()
                .startsWith("the database user of jdbc/paygrid has ALL PRIVILEGES on `paygrid`.*");
        assertThat(ProductionSettings.grantProblems(List.of(
                "GRANT SELECT, INSERT, UPDATE, DELETE, ALTER, TRIGGER ON `paygrid`.* TO `app`@`%` WITH GRANT OPTION",
                "GRANT UPDATE (`note`) ON `paygrid`.`aud_audit_entry` TO `app`@`%`")))
                .hasSize(3).anyMatch(problem -> problem.contains("has ALTER"))
                .anyMatch(problem -> problem.contains("has TRIGGER"))
                .anyMatch(problem -> problem.contains("WITH GRANT OPTION"));
    }

    private static Map<String, Optional<String>> production() {
        Map<String, Optional<String>> settings = new HashMap<>() {
            @Override
            public Optional<String> get(Object key) {
                return containsKey(key) ? super.get(key) : Optional.empty();
            }
        };
        settings.put("paygrid.staff.token.issuer", Optional.of("https://login.paygrid.example/realms/paygrid"));
        settings.put("paygrid.console.oidc.provider-uri", Optional.of("https://login.paygrid.example/realms/paygrid"));
        settings.put("paygrid.console.oidc.client-secret", Optional.of("Zq8v1v6Xo0pX3bq2Yk4w9s7TnQe5Lr"));
        settings.put("paygrid.dashboard.oidc.provider-uri",
                Optional.of("https://login.paygrid.example/realms/paygrid-merchants"));
        settings.put("paygrid.dashboard.oidc.client-secret", Optional.of("Yp3c7Vd9Wk2Lm5Nq8Rs1Tu4Xz6Ab0"));
        settings.put("paygrid.network.url", Optional.of("https://van.example/api"));
        settings.put("paygrid.checkout.base-url", Optional.of("https://pay.paygrid.example"));
        settings.put("paygrid.webhook.loopback-receivers", Optional.of("false"));
        settings.put("paygrid.mail.smtp.host", Optional.of("smtp.paygrid.example"));
        settings.put("paygrid.mail.from", Optional.of("Paygrid <no-reply@paygrid.example>"));
        settings.put("paygrid.dashboard.url", Optional.of("https://pay.paygrid.example/dashboard"));
        for (String purpose : List.of("card", "webhook-secret", "merchant-document", "card-fingerprint")) {
            settings.put("paygrid.keys." + purpose, Optional.of("2026-12:" + KeyRing.newKeyMaterial()));
        }
        return settings;
    }
}
