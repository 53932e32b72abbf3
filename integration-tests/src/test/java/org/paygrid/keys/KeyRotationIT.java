package org.paygrid.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Key rotation online (issue 16): the development ring lists a webhook key of its own first and the old shared key
 * {@code dev-1} after it. A signing secret sealed under {@code dev-1} (as every secret was before keys were per
 * purpose) still signs; the re-seal moves it to the active key while the server runs, and staff see the counts.
 */
@PaygridIT
@Isolated("it rotates the platform's keys under every sealed secret")
class KeyRotationIT {

    @Test
    void resealsValuesUnderAnOlderKeyToTheActiveKeyOnline() throws Exception {
        TestMerchant shop = TestMerchant.create("Key Rotation Shop");
        JsonPath webhook = shop.api().body("{\"url\": \"https://shop.example/hooks\"}").post("/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
        String id = webhook.getString("id");
        String secret = webhook.getString("secret");
        Row endpoint = new Row("webhook-secret", "whk_endpoint", "id", id, "secret_key_id", "secret_iv",
                "secret_ciphertext", id);
        assertThat(endpoint.keyId()).isEqualTo("dev-whk-1");
        assertThat(new String(endpoint.open(), StandardCharsets.UTF_8)).isEqualTo(secret);

        // as sealed before this version: under the shared development key dev-1
        endpoint.moveUnder("dev-1");
        TestMerchant.staff().get("/v1/admin/keys").then().statusCode(200)
                .body("find { it.purpose == 'webhook-secret' }.activeKeyId", equalTo("dev-whk-1"))
                .body("find { it.purpose == 'webhook-secret' }.keyIds", hasItem("dev-1"))
                .body("find { it.purpose == 'webhook-secret' }.sealedValues.'dev-1'", not(equalTo(null)));
        // an older listed key still opens: the merchant reads the same secret
        shop.api().get("/v1/webhooks/" + id + "/secret").then().statusCode(200).body("secret", equalTo(secret));

        TestMerchant.staff().post("/v1/admin/keys/webhook-secret/reseal").then().statusCode(200)
                .body("activeKeyId", equalTo("dev-whk-1"))
                .body("sealedValues.'dev-1'", equalTo(null));
        assertThat(endpoint.keyId()).isEqualTo("dev-whk-1");
        assertThat(new String(endpoint.open(), StandardCharsets.UTF_8)).isEqualTo(secret);
        shop.api().get("/v1/webhooks/" + id + "/secret").then().statusCode(200).body("secret", equalTo(secret));

        TestMerchant.staff().get("/v1/admin/audit-log?targetType=KEY_PURPOSE&targetId=webhook-secret")
                .then().statusCode(200).body("items.action", hasItem("KEYS_RESEALED"));
    }

    @Test
    void aStoredCardSealedUnderAnOlderKeyStillChargesAndIsResealedOnline() throws Exception {
        TestMerchant shop = TestMerchant.create("Card Rotation Shop");
        String customer = "rotation-customer";
        String billingKey = shop.api().body("""
                        {"customerKey": "%s", "cardNumber": "%s", "cardExpirationYear": "30",
                         "cardExpirationMonth": "12"}""".formatted(customer, org.paygrid.testkit.Cards.fresh()))
                .post("/v1/billing/authorizations/card").then().statusCode(200).extract().path("billingKey");
        Row card = new Row("card", "bil_billing_key", "billing_key", billingKey, "key_id", "iv", "ciphertext",
                billingKey);
        assertThat(card.keyId()).isEqualTo("dev-card-1");
        card.moveUnder("dev-1");   // as sealed before cards had a key of their own

        charge(shop, billingKey, customer, "rotation-1");
        TestMerchant.staff().post("/v1/admin/keys/card/reseal").then().statusCode(200)
                .body("activeKeyId", equalTo("dev-card-1")).body("sealedValues.'dev-1'", equalTo(null));
        assertThat(card.keyId()).isEqualTo("dev-card-1");
        charge(shop, billingKey, customer, "rotation-2");
    }

    @Test
    void aMerchantDocumentSealedUnderAnOlderKeyIsResealedOnline() throws Exception {
        TestMerchant shop = TestMerchant.create("Document Rotation Shop");
        String id = "doc_rotation" + Long.toString(System.nanoTime(), 36);
        byte[] pdf = org.paygrid.support.Papers.pdf("Business registration");
        String associatedData = "mer_document_file|" + id + "|" + shop.id() + "|BUSINESS_REGISTRATION";
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, "merchant-document", "dev-1", iv, associatedData).doFinal(pdf);
        try (Connection db = TestStack.database(); PreparedStatement sql = db.prepareStatement("""
                insert into mer_document_file (id, merchant_id, kind, file_name, content_type, size_bytes, sha256,
                  key_id, iv, ciphertext, uploaded_by, uploaded_at)
                values (?, ?, 'BUSINESS_REGISTRATION', 'registration.pdf', 'application/pdf', ?, ?, 'dev-1', ?, ?,
                  'member:owner@rotation.example', now(6))""")) {
            sql.setString(1, id);
            sql.setString(2, shop.id());
            sql.setInt(3, pdf.length);
            sql.setString(4, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(pdf)));
            sql.setBytes(5, iv);
            sql.setBytes(6, sealed);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
        TestMerchant.staff().post("/v1/admin/keys/merchant-document/reseal").then().statusCode(200)
                .body("activeKeyId", equalTo("dev-doc-1")).body("sealedValues.'dev-1'", equalTo(null));
        Row document = new Row("merchant-document", "mer_document_file", "id", id, "key_id", "iv", "ciphertext",
                associatedData);
        assertThat(document.keyId()).isEqualTo("dev-doc-1");
        assertThat(document.open()).isEqualTo(pdf);
    }

    private static void charge(TestMerchant shop, String billingKey, String customer, String orderId) {
        shop.api().body("""
                        {"customerKey": "%s", "amount": 9900, "orderId": "%s-%s", "orderName": "Monthly plan"}"""
                        .formatted(customer, orderId, Long.toString(System.nanoTime(), 36)))
                .post("/v1/billing/" + billingKey).then().statusCode(200).body("status", equalTo("DONE"));
    }

    /** One sealed value in its table: its key id, and its plain value opened or sealed again with the dev keys. */
    private record Row(String purpose, String table, String idColumn, String id, String keyColumn, String ivColumn,
                       String ciphertextColumn, String associatedData) {

        String keyId() throws Exception {
            try (Connection db = TestStack.database(); PreparedStatement sql = db.prepareStatement(
                    "select " + keyColumn + " from " + table + " where " + idColumn + " = ?")) {
                sql.setString(1, id);
                try (ResultSet row = sql.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    return row.getString(1);
                }
            }
        }

        byte[] open() throws Exception {
            try (Connection db = TestStack.database(); PreparedStatement sql = db.prepareStatement(
                    "select " + keyColumn + ", " + ivColumn + ", " + ciphertextColumn + " from " + table + " where "
                            + idColumn + " = ?")) {
                sql.setString(1, id);
                try (ResultSet row = sql.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    return cipher(Cipher.DECRYPT_MODE, purpose, row.getString(1), row.getBytes(2), associatedData)
                            .doFinal(row.getBytes(3));
                }
            }
        }

        void moveUnder(String keyId) throws Exception {
            byte[] plain = open();
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, purpose, keyId, iv, associatedData).doFinal(plain);
            try (Connection db = TestStack.database(); PreparedStatement sql = db.prepareStatement(
                    "update " + table + " set " + keyColumn + " = ?, " + ivColumn + " = ?, " + ciphertextColumn
                            + " = ? where " + idColumn + " = ?")) {
                sql.setString(1, keyId);
                sql.setBytes(2, iv);
                sql.setBytes(3, sealed);
                sql.setString(4, id);
                assertThat(sql.executeUpdate()).isEqualTo(1);
            }
        }
    }

    @Test
    void onlyAdminsSeeOrRotateKeysAndNoKeyMaterialIsShown() {
        String status = TestMerchant.staff().get("/v1/admin/keys").then().statusCode(200).extract().asString();
        developmentKeys().values().forEach(keys -> {
            for (String key : ((String) keys).split("[,\\s]+")) {
                assertThat(status).doesNotContain(key.substring(key.indexOf(':') + 1));
            }
        });
        TestMerchant.staff(TestStack.userToken("support")).get("/v1/admin/keys").then().statusCode(403);
        TestMerchant.staff(TestStack.userToken("finance")).post("/v1/admin/keys/card/reseal").then().statusCode(403);
        TestMerchant.staff().post("/v1/admin/keys/no-such-purpose/reseal").then().statusCode(404);
    }

    private static Cipher cipher(int mode, String purpose, String keyId, byte[] iv, String associatedData)
            throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(developmentKey(purpose, keyId), "AES"),
                new GCMParameterSpec(128, iv));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] developmentKey(String purpose, String keyId) throws Exception {
        for (String key : developmentKeys().getProperty("paygrid.keys." + purpose).split("[,\\s]+")) {
            if (key.startsWith(keyId + ":")) {
                return Base64.getDecoder().decode(key.substring(keyId.length() + 1));
            }
        }
        throw new IllegalStateException("no development key " + keyId + " for " + purpose);
    }

    private static Properties developmentKeys() {
        Properties all = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(TestStack.require("paygrid.home"),
                "payment-ejb/src/main/resources/META-INF/paygrid-development.properties"))) {
            all.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Properties keys = new Properties();
        all.stringPropertyNames().stream().filter(name -> name.startsWith("paygrid.keys."))
                .forEach(name -> keys.setProperty(name, all.getProperty(name)));
        return keys;
    }
}
