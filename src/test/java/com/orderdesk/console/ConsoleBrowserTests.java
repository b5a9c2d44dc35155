package com.orderdesk.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manuals' day in a real browser: Debian's Chromium, headless, driven by Playwright (which
 * never downloads a browser here), against the whole application on a real port with the built-in
 * provider simulators. One browser for the class, a fresh browser context (cookies) per test, the
 * window at 1366×768. With {@code -Dconsole.screenshots=<dir>} each scenario also saves the page
 * it ends on, which is how the README's pictures are made.
 */
class ConsoleBrowserTests extends ConsoleTestSupport {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @Autowired
    PaymentManagement payments;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed (apt-get install chromium); .ci/run installs it");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void freshBrowserContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("ja-JP"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
    }

    @Test
    void signInFindAnOrderCaptureItAndSeeJitsuUriageInTheList() {
        String other = authorizedCardOrder("佐藤 花子", "tok-browser-other");
        String number = authorizedCardOrder("山田 太郎", "tok-browser-capture");

        signIn(page, OPERATOR);
        page.getByLabel("お名前").fill("山田");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索")).click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tr[data-order='" + number + "'] .payment-status")).containsText("仮売上");
        screenshot("orders-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
        assertThat(page.locator("#payment-status")).hasText("仮売上");
        assertThat(page.locator("#totals")).containsText("2,750円（内消費税 250円）");
        screenshot("order-detail");
        page.locator("#payment-actions a", new Page.LocatorOptions().setHasText("実売上")).click();
        assertThat(page.locator("h1")).containsText("実売上の確認");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("実売上を実行する")).click();

        assertThat(page.locator("[role=status]")).containsText("実売上を実行し、完了しました");
        assertThat(page.locator("#payment-status")).hasText("実売上");
        awaitPaymentStatusOnOrder(number, "CAPTURED");
        page.navigate(url("/console/orders"));
        assertThat(page.locator("tr[data-order='" + number + "'] .payment-status")).containsText("実売上");
        assertThat(page.locator("tr[data-order='" + other + "'] .payment-status")).containsText("仮売上");
    }

    @Test
    void anAmountChangeShowsItsPlanBeforeItIsConfirmed() {
        String number = authorizedCardOrder("山田 太郎", "tok-browser-change");

        signIn(page, OPERATOR);
        page.navigate(url("/console/orders/" + number));
        page.locator("#payment-actions a", new Page.LocatorOptions().setHasText("金額変更")).click();
        page.getByLabel("新しい金額（円）").fill("3000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("変更内容を確認する（まだ変更しません）")).click();

        assertThat(page.locator("#plan")).containsText("3,000円 への変更の手順");
        assertThat(page.locator("#plan li").first()).isVisible();
        assertThat(payments.current(number).amount()).isEqualTo(3830);
        screenshot("amount-change-plan");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この手順で金額を変更する")).click();
        assertThat(page.locator("[role=status]")).containsText("金額変更を実行し");
        assertThat(payments.current(number).amount()).isEqualTo(3000);
        assertThat(page.locator("#timeline")).containsText("金額変更");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessageAndTheInputKept() {
        String number = placeOrder("CARD", "山田 太郎");
        signIn(page, OPERATOR);
        Page first = page;
        Page second = context.newPage();
        first.navigate(url("/console/orders/" + number));
        second.navigate(url("/console/orders/" + number));

        first.getByLabel("送料").fill("880");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
        assertThat(first.locator("[role=status]")).containsText("保存しました");
        assertThat(first.locator("#order-total")).hasText("4,160円");

        second.getByLabel("送料").fill("990");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
        assertThat(second.locator("#form-problem")).containsText("他の担当者が変更しました");
        assertThat(second.getByLabel("送料")).hasValue("990");
        page = second;
        screenshot("stale-edit");
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("最新の内容を読み込む")).click();
        assertThat(second.getByLabel("送料")).hasValue("880");
    }

    @Test
    void aProblemShowsNextToTheFieldItNames() {
        String number = placeOrder("CARD", "山田 太郎");
        signIn(page, OPERATOR);
        page.navigate(url("/console/orders/" + number));

        page.locator("#edit-form [name='customer.postalCode']").fill("12-34");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();

        assertThat(page.locator("[id='err-customer.postalCode']")).containsText("郵便番号は7桁");
        assertThat(page.locator("#edit-form [name='customer.postalCode']")).hasAttribute("aria-invalid", "true");
    }

    @Test
    void anOperatorCannotOpenAdminPagesButAnAdminCan() {
        signIn(page, OPERATOR);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー")))
                .not().containsText("設定");
        page.navigate(url("/console/settings/operators"));
        assertThat(page.locator("h1")).hasText("権限がありません");
        page.navigate(url("/console/settings/payment-methods"));
        assertThat(page.locator("h1")).hasText("権限がありません");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
        assertThat(page.locator("[role=status]")).containsText("ログアウトしました");

        signIn(page, ADMIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("設定")).click();
        assertThat(page.locator("#operators")).containsText(OPERATOR);
    }

    @Test
    void anAdminEditsAPaymentMethodAndSeesAProblemBesideTheField() {
        signIn(page, ADMIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("設定")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("支払方法設定")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CVS").setExact(true)).click();

        page.getByLabel("利用できる最低金額（円、手数料込み）").fill("5000");
        page.getByLabel("利用できる最高金額（円、手数料込み）").fill("100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
        assertThat(page.locator("[id='err-maxAmount']")).isVisible();
        assertThat(page.getByLabel("利用できる最高金額（円、手数料込み）")).hasAttribute("aria-invalid", "true");

        page.getByLabel("利用できる最高金額（円、手数料込み）").fill("300000");
        page.getByLabel("手数料の種類").selectOption("BANDS");
        page.getByLabel("定額の手数料（円）").fill("");
        page.getByLabel("金額帯（1行に「開始金額:手数料」）").fill("0:330\n10000:440");
        screenshot("payment-method-settings");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();

        assertThat(page.locator("[role=status]")).containsText("支払方法 CVS を保存しました");
        assertThat(page.locator("tr[data-method='CVS']")).containsText("金額帯 2 段階");
        assertThat(page.locator("tr[data-method='CVS']")).containsText("5,000円 〜 300,000円");
    }

    @Test
    void signInWorksWithTheKeyboardAlone() {
        page.navigate(url("/console/login"));
        page.keyboard().type(OPERATOR);
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/console/orders$"));
        assertThat(page.locator("h1")).hasText("受注一覧");
    }

    @Test
    void aCapturedPaymentOffersRefundAndNoSecondCapture() {
        String number = authorizedCardOrder("山田 太郎", "tok-browser-refund");
        payments.capture(number, null);
        signIn(page, OPERATOR);
        page.navigate(url("/console/orders/" + number));

        assertThat(page.locator("#payment-actions tr[data-action='capture'] .disallowed")).containsText("できません");
        page.locator("#payment-actions a", new Page.LocatorOptions().setHasText("返金")).click();
        page.getByLabel("返金額（円）").fill("830");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("返金を実行する")).click();

        assertThat(page.locator("[role=status]")).containsText("返金を実行し");
        assertThat(payments.current(number).refundedAmount()).isEqualTo(830);
        assertThat(payments.current(number).status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void registerAConvenienceStoreOrderPayAtTheSandboxAndSeeNyukinZumi() {
        signIn(page, OPERATOR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("受注登録")).click();
        page.locator("#payment-method").selectOption("CVS");
        page.locator("[name='customer.name']").fill("鈴木 一郎");
        page.locator("[name='customer.email']").fill("ichiro@example.jp");
        page.locator("[name='customer.phone']").fill("03-5555-0101");
        page.locator("[name='customer.postalCode']").fill("100-0001");
        page.locator("[name='customer.prefecture']").selectOption("東京都");
        page.locator("[name='customer.city']").fill("千代田区千代田");
        page.locator("[name='customer.address1']").fill("1-1");
        page.locator("[name='lines[0].productCode']").fill("TEA-001");
        page.locator("[name='lines[0].productName']").fill("煎茶 100g");
        page.locator("[name='lines[0].unitPrice']").fill("1080");
        page.locator("[name='lines[0].quantity']").fill("2");
        page.locator("[name='lines[0].taxCategory']").selectOption("REDUCED_8");
        page.getByLabel("送料").fill("550");
        page.locator("#delivery-method").selectOption("YAMATO");
        screenshot("order-registration");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();

        assertThat(page.locator("[role=status]")).containsText("を登録しました");
        String number = page.locator("h1").textContent().replace("受注", "").strip();
        for (int tries = 0; tries < 30 && page.locator("#next-action-url").count() == 0; tries++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.locator("#payment-status")).hasText("未決済（お客様の手続き待ち）");
        assertThat(page.locator("#payment")).containsText("未入金");
        String selectionUrl = page.locator("#next-action-url").getAttribute("href");
        screenshot("dsk-selection-url");

        Page shopper = context.newPage();
        shopper.navigate(selectionUrl);
        shopper.locator("button").first().click();
        awaitPaymentStatusOnOrder(number, "PAID");

        page.navigate(url("/console/orders?number=" + number));
        assertThat(page.locator("tr[data-order='" + number + "'] .payment-status")).containsText("入金済み");
    }

    @Test
    void bulkCaptureOfTwentyWithOneFailureShowsProgressAndPerOrderResults() {
        for (int i = 1; i <= 19; i++) {
            authorizedCardOrder("一括 " + i, "tok-bulk-" + i);
        }
        String unpaid = placeOrder("CVS", "一括 コンビニ");

        signIn(page, OPERATOR);
        assertThat(page.locator("#bulk tbody tr")).hasCount(20);
        page.locator("#select-all").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("一括実売上")).click();

        assertThat(page).hasURL(Pattern.compile(".*/console/bulk-captures/[0-9a-f-]+$"));
        assertThat(page.locator("progress")).isVisible();
        assertThat(page.locator("#progress-text")).hasText("完了: 20 / 20 件（成功 19 件、失敗 1 件）",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#results tr[data-order='" + unpaid + "']")).containsText("失敗");
        assertThat(page.locator("#results .result-succeeded")).hasCount(19);
        screenshot("bulk-capture");
    }

    @Test
    void aPaymentNeedingAttentionShowsItsReasonAndIsResolvedWithTheOperatorsReason() {
        String number = flaggedConvenienceOrder("鈴木 一郎");

        signIn(page, OPERATOR);
        page.navigate(url("/console/payments"));
        Locator row = page.locator("#attention tr[data-order='" + number + "']");
        assertThat(row).containsText("決済の終了後も受注が有効");
        assertThat(row).containsText(payments.current(number).attentionReason());
        screenshot("payments-attention");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("確認済みにする")).click();
        assertThat(page.locator("[id='err-reason']")).isVisible();
        assertThat(page.getByLabel(number + " の解除理由")).hasAttribute("aria-invalid", "true");

        page.getByLabel(number + " の解除理由").fill("DSK に入金取消を確認した");
        page.getByLabel(number + " の解除理由").press("Enter");

        assertThat(page.locator("[role=status]")).containsText("要確認を解除しました");
        assertThat(page.locator("#attention")).containsText("要確認の決済はありません");
        assertThat(payments.current(number).needsAttention()).isFalse();
    }

    @Test
    void theB2FileIsDownloadedAndTheIssuedDataUploadedWithAResultPerRow() throws Exception {
        String number = authorizedCardOrder("山田 太郎", "tok-browser-b2");
        signIn(page, OPERATOR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("出荷").setExact(true)).click();
        page.getByLabel("出荷予定日（空欄なら今日）").fill("2026-11-24");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("CSV をダウンロード")).click());
        assertThat(download.suggestedFilename()).isEqualTo("b2-20261124.csv");
        String exported = new String(Files.readAllBytes(download.path()), java.nio.charset.Charset.forName("windows-31j"));
        String[] lines = exported.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).as("伝票番号 left to B2").startsWith("\"" + number + "\",\"0\",\"0\",\"\",");
        String tracking = com.orderdesk.shipping.ShippingTestData.yamato(38971107401L);
        String issued = lines[0] + "\r\n" + lines[1].replaceFirst("^(\"[^\"]*\",\"[^\"]*\",\"[^\"]*\",)\"\"",
                "$1\"" + tracking + "\"") + "\r\n";

        page.getByLabel("発行済みデータ（CSV）").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "issued.csv", "text/csv", issued.getBytes(java.nio.charset.Charset.forName("windows-31j"))));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();

        // the import runs as a job: its page follows the progress and lists the result per order
        assertThat(page.locator("#progress-text")).hasText("完了: 1 / 1 件（成功 1 件、失敗 0 件）");
        assertThat(page.locator("#results tr[data-row='2']")).containsText("送り状番号を登録");
        assertThat(page.locator("#results tr[data-row='2']")).containsText(tracking);
        screenshot("b2-import");
        Download results = page.waitForDownload(() -> page.locator("#results-csv").click());
        assertThat(new String(Files.readAllBytes(results.path()), java.nio.charset.StandardCharsets.UTF_8))
                .contains(number).contains("MATCHED");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("出荷").setExact(true)).click();
        assertThat(page.locator("#shipments tr[data-order='" + number + "']")).containsText(tracking);
    }

    @Test
    void registerAnOrderForAMemberPayingWithTheirStoredGmoCard() {
        member("鈴木 一郎", "ichiro@example.jp", "tok-browser-stored");

        signIn(page, OPERATOR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("受注登録")).click();
        page.locator("#member-q").fill("鈴木");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("会員を検索")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("鈴木 一郎 で登録する")).click();
        assertThat(page.locator("#member")).containsText("会員 鈴木 一郎（ichiro@example.jp）の受注として登録します");
        page.locator("#payment-method").selectOption("CARD");
        Locator card = page.locator("#stored-cards label", new Page.LocatorOptions().setHasText("*************"));
        assertThat(card).hasCount(1);
        card.locator("input[type=radio]").check();
        page.locator("[name='lines[0].productCode']").fill("TEA-001");
        page.locator("[name='lines[0].productName']").fill("煎茶 100g");
        page.locator("[name='lines[0].unitPrice']").fill("1080");
        page.locator("[name='lines[0].quantity']").fill("2");
        page.locator("[name='lines[0].taxCategory']").selectOption("REDUCED_8");
        page.locator("#delivery-method").selectOption("YAMATO");
        screenshot("order-registration-stored-card");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();

        assertThat(page.locator("[role=status]")).containsText("を登録しました");
        String number = page.locator("h1").textContent().replace("受注", "").strip();
        awaitPaymentStatusOnOrder(number, "AUTHORIZED");
        page.reload();
        assertThat(page.locator("#payment-status")).hasText("仮売上");
    }

    @Test
    void receiptsOfTheTickedOrdersAndTheCsvOfTheFilterAreMadeWithProgressAndDownloaded() throws Exception {
        String first = placeOrder("CARD", "山田 太郎");
        String second = placeOrder("CARD", "山田 花子");
        placeOrder("CARD", "佐藤 一郎");

        signIn(page, OPERATOR);
        page.getByLabel("お名前").fill("山田");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索")).click();
        page.getByLabel(first + " を選択").check();
        page.getByLabel(second + " を選択").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("領収書を一括出力")).click();

        assertThat(page.locator("h1")).hasText("領収書の一括出力");
        assertThat(page.locator("#export-text")).containsText("完了: 2 件を処理しました");
        screenshot("documents-export");
        Download receipts = page.waitForDownload(() -> page.locator("#export-download").click());
        byte[] pdf = Files.readAllBytes(receipts.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(receipts.suggestedFilename()).startsWith("receipts-").endsWith(".pdf");

        page.navigate(url("/console/orders?customerName=%E5%B1%B1%E7%94%B0"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この条件で受注CSVを出力")).click();
        assertThat(page.locator("h1")).hasText("受注CSV出力");
        assertThat(page.locator("#export-text")).containsText("完了: 2 件を処理しました");
        Download csv = page.waitForDownload(() -> page.locator("#export-download").click());
        String rows = Files.readString(csv.path());
        assertThat(rows).contains(first).contains(second).doesNotContain("佐藤 一郎");
    }

    @Test
    void thePagesUseTheBundledJapaneseFont() {
        signIn(page, OPERATOR);

        // the CSS's own @font-face (not a system font, which document.fonts does not list) is loaded
        Object statuses = page.evaluate("async () => { await document.fonts.load('14px IPAexGothic', '受注一覧');"
                + " return [...document.fonts].filter(f => f.family.includes('IPAexGothic'))"
                + ".map(f => f.status).join(','); }");
        assertThat(String.valueOf(statuses)).isEqualTo("loaded");
    }

    private void signIn(Page target, String username) {
        target.navigate(url("/console/login"));
        target.getByLabel("ユーザー名").fill(username);
        target.getByLabel("パスワード").fill(PASSWORD);
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        assertThat(target.locator("h1")).hasText("受注一覧");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String name) {
        String directory = System.getProperty("console.screenshots");
        if (directory != null && !directory.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(directory, name + ".png")));
        }
    }
}
