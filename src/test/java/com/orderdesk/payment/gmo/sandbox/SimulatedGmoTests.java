package com.orderdesk.payment.gmo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import com.orderdesk.support.TestClock;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The simulator's GMO state machine, legal and illegal moves, and its on/off switch. */
class SimulatedGmoTests {

    private final TestClock clock = new TestClock();
    private final SimulatedGmo gmo = new SimulatedGmo(clock, SimulatedGmo.sandboxCredentials());

    private Map<String, String> entered(String orderId, String jobCd, long amount) {
        return gmo.entryTran(Map.of("ShopID", "tshop00000001", "ShopPass", "sandboxpass", "OrderID", orderId, "JobCd",
                jobCd, "Amount", Long.toString(amount)));
    }

    private Map<String, String> executed(String orderId, String jobCd) {
        Map<String, String> handles = entered(orderId, jobCd, 1500);
        Map<String, String> exec = new HashMap<>(handles);
        exec.put("OrderID", orderId);
        exec.put("Token", "tok-" + orderId);
        gmo.execTran(exec, "http://localhost/tds2");
        return handles;
    }

    /** The handles with the shop's credentials, which every shop-level call carries, and {@code more}. */
    private Map<String, String> with(Map<String, String> handles, String... more) {
        Map<String, String> fields = shop();
        fields.putAll(handles);
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }

    private String status(String orderId) {
        return gmo.searchTrade(shop("OrderID", orderId)).get("Status");
    }

    private static void refused(Runnable call, String errInfo) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SimulatedGmo.Refusal.class,
                refusal -> assertThat(refusal.errInfo).isEqualTo(errInfo));
    }

    @Test
    void entryGivesHexHandlesAndRefusesADuplicateOrBadOrderId() {
        Map<String, String> handles = entered("OD-1", "AUTH", 1500);

        assertThat(handles.get("AccessID")).matches("[0-9a-f]{32}");
        assertThat(handles.get("AccessPass")).matches("[0-9a-f]{32}");
        assertThat(status("OD-1")).isEqualTo("UNPROCESSED");
        refused(() -> entered("OD-1", "AUTH", 1500), "E01040010");
        refused(() -> entered("OD_1!", "AUTH", 1500), "E01040013");
        refused(() -> entered("OD-2", "SAUTH", 1500), "E01050002");
        refused(() -> entered("OD-3", "AUTH", 10_000_000), "E01060005");
    }

    @Test
    void everyFailingFieldGetsItsOwnErrorInAStableOrder() {
        refused(() -> gmo.entryTran(Map.of("ShopID", "tshop00000001", "ShopPass", "sandboxpass", "OrderID", "OD-5")),
                "E01050002|E01060006");
        refused(() -> gmo.alterTran(Map.of("ShopID", "tshop00000001", "ShopPass", "sandboxpass", "JobCd", "VOID")),
                "E01090008|E01100008|E01110002");
        assertThatThrownBy(() -> gmo.entryTran(Map.of("OrderID", "OD-6", "JobCd", "AUTH", "Amount", "100")))
                .isInstanceOfSatisfying(SimulatedGmo.Refusal.class, refusal -> assertThat(refusal.errCode)
                        .isEqualTo("E01|E01"));
    }

    @Test
    void anUnknownShopOrWrongShopPassIsRefusedOnEveryShopCall() {
        Map<String, String> handles = executed("OD-1", "AUTH");

        refused(() -> gmo.entryTran(Map.of("ShopID", "tshop99999999", "ShopPass", "sandboxpass", "OrderID", "OD-2",
                "JobCd", "AUTH", "Amount", "100")), "E01030002");
        refused(() -> gmo.alterTran(with(handles, "ShopPass", "guess", "JobCd", "SALES", "Amount", "1500")), "E01030002");
        refused(() -> gmo.changeTran(with(handles, "ShopID", "tshop99999999", "JobCd", "AUTH", "Amount", "1200")),
                "E01030002");
        refused(() -> gmo.searchTrade(Map.of("ShopID", "tshop00000001", "ShopPass", "guess", "OrderID", "OD-1")),
                "E01030002");
        refused(() -> gmo.saveMember(Map.of("SiteID", "tsite00000001", "SitePass", "guess", "MemberID", "m1")),
                "E01200002");
        assertThat(status("OD-1")).isEqualTo("AUTH");
    }

    @Test
    void answersHaveTheRecordedShapes() {
        Map<String, String> handles = entered("OD-1", "AUTH", 1500);
        Map<String, String> unprocessed = gmo.searchTrade(shop("OrderID", "OD-1"));
        assertThat(unprocessed.get("ProcessDate")).matches("\\d{14}");
        assertThat(unprocessed.get("Method")).isEmpty();
        assertThat(unprocessed.get("Forward")).isEmpty();
        assertThat(unprocessed.get("Currency")).isEqualTo("JPN");

        Map<String, String> exec = gmo.execTran(with(handles, "OrderID", "OD-1", "Token", "tok-1", "ClientFieldFlag", "1",
                "ClientField1", "会員A", "ClientField2", "x", "ClientField3", ""), "http://localhost/tds2");
        assertThat(exec.keySet()).containsExactly("ACS", "OrderID", "Forward", "Method", "PayTimes", "Approve", "TranID",
                "TranDate", "CheckString", "ClientField1", "ClientField2", "ClientField3");
        assertThat(exec.get("TranID")).matches("\\d{28}");
        assertThat(exec.get("Approve")).hasSize(7);
        assertThat(exec.get("ClientField1")).isEqualTo("会員A");

        Map<String, String> sales = gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1500"));
        assertThat(sales.keySet()).containsExactly("AccessID", "AccessPass", "Forward", "Approve", "TranID", "TranDate");
        Map<String, String> changed = gmo.changeTran(with(handles, "JobCd", "CAPTURE", "Amount", "1400"));
        assertThat(changed.keySet()).containsExactly("AccessID", "AccessPass", "Forward", "Approve", "TranID", "TranDate");

        Map<String, String> noEcho = gmo.execTran(with(entered("OD-2", "AUTH", 1500), "OrderID", "OD-2", "Token", "tok-2",
                "ClientField1", "x"), "http://localhost/tds2");
        assertThat(noEcho).doesNotContainKey("ClientField1");
    }

    @Test
    void aCardCheckNeedsNoAmountAndAnswersAnEmptyMethod() {
        Map<String, String> handles = gmo.entryTran(shop("OrderID", "OD-CHECK", "JobCd", "CHECK"));

        Map<String, String> checked = gmo.execTran(with(handles, "OrderID", "OD-CHECK", "Token", "tok-check"), "x");

        assertThat(checked.get("Method")).isEmpty();
        assertThat(status("OD-CHECK")).isEqualTo("CHECK");
    }

    @Test
    void cardsAreMaskedAsGmoMasksThemAndTheMemberKeepsItsName() {
        gmo.saveMember(site("MemberID", "m1", "MemberName", "John Smith"));
        Map<String, String> saved = gmo.saveCard(site("MemberID", "m1", "Token", "tok-card", "HolderName", "JOHN"));

        assertThat(saved.get("CardNo")).matches("\\*{13}\\d{3}");
        assertThat(gmo.searchCard(site("MemberID", "m1")).get("CardNo")).matches("\\*{13}\\d{3}");
        assertThat(gmo.searchMember(site("MemberID", "m1"))).containsEntry("MemberName", "John Smith");
    }

    @Test
    void searchCardAnswersTheDefaultFlagEachCardWasSavedWithAndANewDefaultTakesItOver() {
        gmo.saveMember(site("MemberID", "m2", "MemberName", "John Smith"));
        gmo.saveCard(site("MemberID", "m2", "Token", "tok-d1", "DefaultFlag", "1"));
        gmo.saveCard(site("MemberID", "m2", "Token", "tok-d2"));
        assertThat(gmo.searchCard(site("MemberID", "m2"))).containsEntry("DefaultFlag", "1|0");

        gmo.saveCard(site("MemberID", "m2", "Token", "tok-d3", "DefaultFlag", "1"));
        assertThat(gmo.searchCard(site("MemberID", "m2"))).containsEntry("DefaultFlag", "0|0|1");
    }

    @Test
    void aCaptureLaterThanSixtyDaysAfterTheAuthorizationIsRefused() {
        Map<String, String> handles = executed("OD-1", "AUTH");

        clock.advance(java.time.Duration.ofDays(61));

        refused(() -> gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1500")), "E11010003");
    }

    @Test
    void voidOnlyTheSameDayReturnLaterInTheMonthReturnxInALaterMonth() {
        clock.travelTo(java.time.Instant.parse("2026-11-10T01:00:00Z"));
        Map<String, String> sameDay = executed("OD-1", "AUTH");
        refused(() -> gmo.alterTran(with(sameDay, "JobCd", "RETURN")), "E11010003");
        gmo.alterTran(with(sameDay, "JobCd", "VOID"));
        assertThat(status("OD-1")).isEqualTo("VOID");

        Map<String, String> sold = executed("OD-2", "AUTH");
        gmo.alterTran(with(sold, "JobCd", "SALES", "Amount", "1500"));
        clock.advance(java.time.Duration.ofDays(2));
        refused(() -> gmo.alterTran(with(sold, "JobCd", "VOID")), "E11010003");
        refused(() -> gmo.alterTran(with(sold, "JobCd", "RETURNX")), "E11010003");
        clock.advance(java.time.Duration.ofDays(25));
        refused(() -> gmo.alterTran(with(sold, "JobCd", "RETURN")), "E11010003");
        gmo.alterTran(with(sold, "JobCd", "RETURNX"));
        assertThat(status("OD-2")).isEqualTo("RETURNX");
    }

    @Test
    void aFailedThreeDSecureChallengeIsAnE21Error() {
        Map<String, String> handles = entered("OD-1", "AUTH", 1500);
        Map<String, String> challenge = gmo.execTran(with(handles, "OrderID", "OD-1", "Token", "tok-tdsfail"),
                "http://localhost/tds2");
        assertThat(challenge.get("RedirectUrl")).contains("?transId=").contains("&t=");

        refused(() -> gmo.secureTran2(handles), "E21010001");
    }

    private static Map<String, String> shop(String... more) {
        Map<String, String> fields = new HashMap<>(Map.of("ShopID", "tshop00000001", "ShopPass", "sandboxpass"));
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> site(String... more) {
        Map<String, String> fields = new HashMap<>(Map.of("SiteID", "tsite00000001", "SitePass", "sandboxpass"));
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }

    @Test
    void authThenSalesThenReturn() {
        clock.travelTo(java.time.Instant.parse("2026-11-10T01:00:00Z"));
        Map<String, String> handles = executed("OD-1", "AUTH");
        assertThat(status("OD-1")).isEqualTo("AUTH");

        refused(() -> gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1400")), "E01060021");
        gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1500"));
        assertThat(status("OD-1")).isEqualTo("SALES");
        refused(() -> gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1500")), "E11010003");

        clock.advance(java.time.Duration.ofDays(1));
        gmo.alterTran(with(handles, "JobCd", "RETURN"));
        assertThat(status("OD-1")).isEqualTo("RETURN");
        refused(() -> gmo.alterTran(with(handles, "JobCd", "VOID")), "E11010003");
    }

    @Test
    void nothingButExecTranMovesAnUnprocessedTransaction() {
        Map<String, String> handles = entered("OD-1", "AUTH", 1500);

        refused(() -> gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1500")), "E11010002");
        refused(() -> gmo.alterTran(with(handles, "JobCd", "VOID")), "E11010002");
        refused(() -> gmo.changeTran(with(handles, "JobCd", "AUTH", "Amount", "1800")), "E11010002");
    }

    @Test
    void execTranRunsOnceAndTokensOnce() {
        Map<String, String> handles = executed("OD-1", "CAPTURE");
        assertThat(status("OD-1")).isEqualTo("CAPTURE");

        refused(() -> gmo.execTran(with(handles, "OrderID", "OD-1", "Token", "fresh"), "x"), "E11010001");
        Map<String, String> other = entered("OD-2", "AUTH", 1500);
        refused(() -> gmo.execTran(with(other, "OrderID", "OD-2", "Token", "tok-OD-1"), "x"), "EX1000301");
        refused(() -> gmo.execTran(with(other, "OrderID", "OD-3", "Token", "new"), "x"), "E01110002");
    }

    @Test
    void amountChangeFollowsTheState() {
        Map<String, String> handles = executed("OD-1", "AUTH");

        gmo.changeTran(with(handles, "JobCd", "AUTH", "Amount", "1800"));
        assertThat(gmo.searchTrade(shop("OrderID", "OD-1")).get("Amount")).isEqualTo("1800");
        gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1800"));
        refused(() -> gmo.changeTran(with(handles, "JobCd", "AUTH", "Amount", "1000")), "E11010003");
        gmo.changeTran(with(handles, "JobCd", "CAPTURE", "Amount", "1000"));
        assertThat(status("OD-1")).isEqualTo("CAPTURE");
    }

    @Test
    void magicTokensPlayDeclineAndChallenge() {
        Map<String, String> declined = entered("OD-1", "AUTH", 1500);
        refused(() -> gmo.execTran(with(declined, "OrderID", "OD-1", "Token", "tok-decline"), "x"), "42G020000");

        Map<String, String> challenged = entered("OD-2", "AUTH", 1500);
        Map<String, String> answer = gmo.execTran(with(challenged, "OrderID", "OD-2", "Token", "tok-tds"),
                "http://localhost/tds2");
        assertThat(answer).containsEntry("ACS", "2");
        assertThat(answer.get("RedirectUrl")).startsWith("http://localhost/tds2/" + challenged.get("AccessID") + "?");
        assertThat(status("OD-2")).isEqualTo("AUTHENTICATED");
        gmo.secureTran2(challenged);
        assertThat(status("OD-2")).isEqualTo("AUTH");
    }

    @Test
    void searchTradeOfAnotherShopOrUnknownOrderIsNotFound() {
        entered("OD-1", "AUTH", 1500);

        refused(() -> gmo.searchTrade(shop("ShopID", "other", "OrderID", "OD-1")), "E01030002");
        refused(() -> gmo.searchTrade(shop("OrderID", "OD-9")), "E01110002");
    }

    @Test
    void simulatorIsOnByDefaultAndCanBeSwitchedOff() {
        WebApplicationContextRunner runner = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
                .withUserConfiguration(SandboxOnly.class);

        runner.run(context -> assertThat(context).hasSingleBean(GmoSimulator.class));
        runner.withPropertyValues("orderdesk.payment.gmo.simulator.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(GmoSimulator.class));
        runner.withPropertyValues("orderdesk.sandbox.enabled=false")
                .run(context -> assertThat(context).as("every simulator off").doesNotHaveBean(GmoSimulator.class));
    }

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = GmoSimulator.class)
    static class SandboxOnly {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
