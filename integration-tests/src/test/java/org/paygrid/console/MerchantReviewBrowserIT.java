package org.paygrid.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paygrid.support.Browser;
import org.paygrid.support.Papers;
import org.paygrid.support.ConsoleSignIn;
import org.paygrid.support.TestMerchant;
import org.paygrid.support.TestStack;
import org.paygrid.support.PaygridIT;

/**
 * An admin reviews a new merchant in the console: uploads the registration certificate (and sees a text file
 * named like a PNG refused by its content), downloads it back byte for byte, marks the document checklist,
 * approves, and sees the live keys once; a support user is refused the merchant screens, by URL and by a posted
 * review alike.
 */
@PaygridIT
class MerchantReviewBrowserIT {

    private static final List<String> DOCUMENTS = List.of("BUSINESS_REGISTRATION", "MAIL_ORDER_REPORT",
            "REPRESENTATIVE_ID", "TERMS_OF_SERVICE", "PRIVACY_POLICY", "REFUND_POLICY", "SUPPORT_CONTACT");

    /** The file inputs of p:fileUpload (simple, skinned) in the checklist rows, which follow DocumentKind's order. */
    private static final String UPLOAD_BUSINESS_REGISTRATION = "documents:items:0:upload_input";
    private static final String UPLOAD_REPRESENTATIVE_ID = "documents:items:2:upload_input";


    @Test
    void adminVerifiesTheDocumentsApprovesAndSeesTheLiveKeysOnlyOnce() throws Exception {
        String name = "Review Shop " + Long.toString(System.nanoTime(), 36);
        TestMerchant shop = TestMerchant.create(name);
        String hookUrl = "https://shop.example/hooks/paygrid-" + System.nanoTime();
        shop.api().body("{\"url\": \"" + hookUrl + "\", \"events\": [\"PAYMENT_STATUS_CHANGED\"]}")
                .post("/v1/webhooks").then().statusCode(201);
        try (Browser screens = Browser.open(1280, 1000, "en-US")) {
            WebDriver browser = screens.driver;
            WebDriverWait wait = screens.wait;
            // the detail page is re-rendered by each AJAX action: look elements up again, never hold them
            wait.ignoring(StaleElementReferenceException.class);
            ConsoleSignIn.as(screens, "admin");

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merchants:nameQuery"))).sendKeys(name);
            wait.until(driver -> driver.findElements(By.cssSelector("#merchants\\:table_data tr")).size() == 1
                    && driver.findElement(By.id("merchants:table")).getText().contains(name));
            browser.findElement(By.cssSelector("#merchants\\:table_data a.merchant-link")).click();
            wait.until(ExpectedConditions.textToBe(By.id("merchant-id"), shop.id()));
            assertThat(browser.findElement(By.id("merchant-status")).getText()).isEqualTo("APPLIED");
            assertThat(browser.findElements(By.cssSelector("#keys\\:table_data tr"))).hasSize(2);
            assertThat(browser.findElement(By.id("endpoints")).getText())
                    .contains(hookUrl, "PAYMENT_STATUS_CHANGED", "ACTIVE", "TEST");

            // the registration certificate as a real PDF: stored, listed with its size, the item SUBMITTED
            byte[] pdf = Papers.pdf("Business registration certificate");
            Path pdfFile = Files.createTempFile("registration-", ".pdf");
            Files.write(pdfFile, pdf);
            String pdfName = pdfFile.getFileName().toString();
            assertThat(browser.findElements(By.cssSelector("#doc-TERMS_OF_SERVICE input[type=file]"))).isEmpty();
            browser.findElement(By.id(UPLOAD_BUSINESS_REGISTRATION)).sendKeys(pdfFile.toAbsolutePath().toString());
            By pdfLink = By.cssSelector("#doc-BUSINESS_REGISTRATION a.document-file");
            wait.until(ExpectedConditions.presenceOfElementLocated(pdfLink));
            wait.until(driver -> "SUBMITTED".equals(
                    driver.findElement(By.id("doc-BUSINESS_REGISTRATION")).getAttribute("data-recorded")));
            assertThat(browser.findElement(pdfLink).getText()).isEqualTo(pdfName);
            assertThat(browser.findElement(By.cssSelector("#doc-BUSINESS_REGISTRATION .file-size")).getText())
                    .isEqualToNormalizingWhitespace(String.format(Locale.US, "%,d bytes", pdf.length));
            assertThat(browser.findElement(By.id("merchant-status")).getText()).isEqualTo("UNDER_REVIEW");
            assertThat(browser.findElement(By.id("audit-table")).getText())
                    .contains("MERCHANT_DOCUMENT_UPLOADED", pdfName, "application/pdf", "size=" + pdf.length,
                            "sha256=" + sha256(pdf))
                    .doesNotContain("%PDF");
            screens.screenshot("merchant-document-uploaded");

            // it downloads in the admin's own session, as an attachment of the stored type, byte for byte
            String href = browser.findElement(pdfLink).getAttribute("href");
            assertThat(href).contains("/admin/merchant/document?", "merchantId=" + shop.id(), "fileId=doc_");
            Response download = given().cookies(ConsoleSignIn.cookies(screens)).redirects().follow(false).get(href);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.contentType()).startsWith("application/pdf");
            assertThat(download.header("Content-Disposition")).startsWith("attachment").contains(pdfName);
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.asByteArray()).isEqualTo(pdf);

            // a text file named like a PNG is refused by its content, with the error code, and nothing is stored
            Path fakePng = Files.createTempFile("id-card-", ".png");
            Files.writeString(fakePng, "this is plain text, not a PNG image\n", StandardCharsets.US_ASCII);
            browser.findElement(By.id(UPLOAD_REPRESENTATIVE_ID)).sendKeys(fakePng.toAbsolutePath().toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "INVALID_DOCUMENT"));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("not a PDF, PNG or JPEG");
            assertThat(browser.findElements(By.cssSelector("#doc-REPRESENTATIVE_ID a.document-file"))).isEmpty();
            assertThat(browser.findElement(By.id("doc-REPRESENTATIVE_ID")).getAttribute("data-recorded"))
                    .isEqualTo("MISSING");
            screens.screenshot("merchant-document-refused");

            for (String document : DOCUMENTS) {
                String row = "#doc-" + document;
                new Select(browser.findElement(By.cssSelector(row + " select"))).selectByValue("VERIFIED");
                browser.findElement(By.cssSelector(row + " input[type=text]")).sendKeys("checked by the browser test");
                browser.findElement(By.cssSelector(row + " button")).click();
                // the row is re-rendered with what was recorded (the uploaded item had a status already)
                wait.until(driver -> "VERIFIED".equals(
                        driver.findElement(By.cssSelector(row)).getAttribute("data-recorded")));
            }
            assertThat(browser.findElement(By.id("merchant-status")).getText()).isEqualTo("UNDER_REVIEW");
            assertThat(browser.findElements(By.cssSelector("#doc-BUSINESS_REGISTRATION a.document-file"))).hasSize(1);
            screens.screenshot("merchant-checklist-verified");

            browser.findElement(By.id("review:decision:0")).click();   // APPROVE
            browser.findElement(By.id("review:note")).sendKeys("All seven documents verified");
            browser.findElement(By.id("review:submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revealed-LIVE-SECRET")));
            String liveSecret = browser.findElement(By.id("revealed-LIVE-SECRET")).getText();
            String liveClient = browser.findElement(By.id("revealed-LIVE-CLIENT")).getText();
            assertThat(liveSecret).matches("sk_live_[A-Za-z0-9]{24,}");
            assertThat(liveClient).matches("ck_live_[A-Za-z0-9]{24,}");
            screens.screenshot("merchant-approved-live-keys");

            // the key shown is the real one: it authenticates, in live mode
            TestMerchant.withKey(liveSecret).get("/v1/payments?limit=1").then().statusCode(200);

            browser.findElement(By.id("revealed:dismiss")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("revealed-keys")));
            assertThat(browser.findElement(By.id("merchant-status")).getText()).isEqualTo("APPROVED");

            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBe(By.id("merchant-id"), shop.id()));
            assertThat(browser.getPageSource()).doesNotContain(liveSecret);
            assertThat(browser.findElements(By.id("revealed-LIVE-SECRET"))).isEmpty();
            String keys = browser.findElement(By.id("keys:table")).getText();
            assertThat(keys).contains("sk_live_…" + liveSecret.substring(liveSecret.length() - 4))
                    .contains(liveClient);   // client keys are public and stay readable
            assertThat(browser.findElement(By.id("reviews")).getText()).contains("APPROVE", "All seven documents");
            assertThat(browser.findElement(By.id("audit-table")).getText())
                    .contains("MERCHANT_REVIEWED", "MERCHANT_DOCUMENT_RECORDED", "MERCHANT_DOCUMENT_UPLOADED",
                            "MERCHANT_DOCUMENT_DOWNLOADED");
            screens.screenshot("merchant-approved-after-reload");

            // the endpoints section links to the merchant's deliveries, filtered
            browser.findElement(By.id("deliveries-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deliveries:merchantId")));
            assertThat(browser.findElement(By.id("deliveries:merchantId")).getAttribute("value")).isEqualTo(shop.id());
        }
        TestMerchant.staff().get("/v1/admin/merchants/" + shop.id()).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void supportIsRefusedTheMerchantDetailAndItsReview() throws Exception {
        String name = "Guarded Shop " + Long.toString(System.nanoTime(), 36);
        TestMerchant shop = TestMerchant.create(name);
        try (Browser screens = Browser.open(1280, 900, "en-US")) {
            WebDriver browser = screens.driver;
            WebDriverWait wait = screens.wait;
            ConsoleSignIn.as(screens, "support");

            // support lands on the transactions, and the menu offers no merchant screen
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payments:orderId")));
            assertThat(browser.findElements(By.id("nav-MERCHANTS"))).isEmpty();
            assertThat(browser.findElements(By.id("nav-AUDIT"))).isEmpty();
            assertThat(browser.findElements(By.id("nav-PAYMENTS"))).hasSize(1);

            String detail = TestStack.paygridUrl() + "/admin/merchant/merchant.xhtml?id=" + shop.id();
            browser.get(detail);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));
            assertThat(browser.findElements(By.id("merchant-name"))).isEmpty();
            assertThat(browser.getPageSource()).doesNotContain(name);
            screens.screenshot("support-refused-merchant");

            browser.get(TestStack.paygridUrl() + "/admin/merchant/merchants.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));

            // a review posted by hand in support's own signed-in session is refused before Faces sees it
            given().baseUri(TestStack.paygridUrl()).cookies(ConsoleSignIn.cookies(screens)).redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("review", "review").formParam("review:decision", "APPROVE")
                    .formParam("review:note", "forged").formParam("review:submit", "")
                    .formParam("jakarta.faces.ViewState", "1:0")
                    .post("/admin/merchant/merchant.xhtml?id=" + shop.id())
                    .then().statusCode(403);
        }
        TestMerchant.staff().get("/v1/admin/merchants/" + shop.id()).then().statusCode(200)
                .body("status", equalTo("APPLIED"));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
