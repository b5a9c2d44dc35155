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
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The simulator's GMO state machine, legal and illegal moves, and its on/off switch. */
class SimulatedGmoTests {

    private final SimulatedGmo gmo = new SimulatedGmo(Clock.systemUTC());

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

    private Map<String, String> with(Map<String, String> handles, String... more) {
        Map<String, String> fields = new HashMap<>(handles);
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }

    private String status(String orderId) {
        return gmo.searchTrade(Map.of("ShopID", "tshop00000001", "OrderID", orderId)).get("Status");
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
    void authThenSalesThenReturn() {
        Map<String, String> handles = executed("OD-1", "AUTH");
        assertThat(status("OD-1")).isEqualTo("AUTH");

        refused(() -> gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1400")), "E01060021");
        gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1500"));
        assertThat(status("OD-1")).isEqualTo("SALES");
        refused(() -> gmo.alterTran(with(handles, "JobCd", "SALES", "Amount", "1500")), "E11010003");

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
        assertThat(gmo.searchTrade(Map.of("ShopID", "tshop00000001", "OrderID", "OD-1")).get("Amount")).isEqualTo("1800");
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
        assertThat(answer).containsEntry("ACS", "2").containsEntry("RedirectUrl",
                "http://localhost/tds2/" + challenged.get("AccessID"));
        assertThat(status("OD-2")).isEqualTo("AUTHENTICATED");
        gmo.secureTran2(challenged);
        assertThat(status("OD-2")).isEqualTo("AUTH");
    }

    @Test
    void searchTradeOfAnotherShopOrUnknownOrderIsNotFound() {
        entered("OD-1", "AUTH", 1500);

        refused(() -> gmo.searchTrade(Map.of("ShopID", "other", "OrderID", "OD-1")), "E01110002");
        refused(() -> gmo.searchTrade(Map.of("ShopID", "tshop00000001", "OrderID", "OD-9")), "E01110002");
    }

    @Test
    void simulatorIsOnByDefaultAndCanBeSwitchedOff() {
        WebApplicationContextRunner runner = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
                .withUserConfiguration(SandboxOnly.class);

        runner.run(context -> assertThat(context).hasSingleBean(GmoSimulator.class));
        runner.withPropertyValues("orderdesk.payment.gmo.simulator.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(GmoSimulator.class));
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
