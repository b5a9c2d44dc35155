package com.orderdesk.payment.kakebarai.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import org.junit.jupiter.api.Test;

/** The simulator's rules, call by call, in the add-on's XML (the sandbox list). */
class KakebaraiSimulatorTests {

    // 2026-11-24 10:00 in Japan.
    private final KakebaraiSimulator simulator = new KakebaraiSimulator(
            Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneOffset.UTC));

    private ReturnCodeReply call(String api, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("traderCode", "999999999");
        form.put("passWord", "sandboxpass");
        form.putAll(fields);
        return ReturnCodeReply.read(simulator.answer(api, form));
    }

    private static Map<String, String> order(String orderNo, String buyerId, long price, long tax, String date) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orderDate", date);
        form.put("orderNo", orderNo);
        form.put("buyerId", buyerId);
        form.put("settlePrice", Long.toString(price));
        form.put("shohiZei", Long.toString(tax));
        form.put("meisaiUmu", "1");
        form.put("shohinMei1", "商品");
        form.put("kessaiKingaku1", Long.toString(price));
        form.put("shohiZei1", Long.toString(tax));
        return form;
    }

    private static Map<String, String> application(String id, String name, String type, String phone, String representativeAddress) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cId", id);
        form.put("hjkjKbn", type);
        form.put("sMei", name);
        form.put("telNo", phone);
        if (representativeAddress != null) {
            form.put("daiAddress", representativeAddress);
        }
        return form;
    }

    @Test
    void aWrongPasswordIsRefusedOnEveryCall() {
        Map<String, String> form = new LinkedHashMap<>(Map.of("traderCode", "999999999", "passWord", "wrong", "buyerId", "1111"));
        ReturnCodeReply reply = ReturnCodeReply.read(simulator.answer("AN070", form));

        assertThat(reply.succeeded()).isFalse();
        assertThat(reply.errorCode()).isEqualTo("G140001");
        assertThat(simulator.answer("AN099", form)).isNull();
    }

    @Test
    void magicCompanyNamesDecideTheScreening() {
        for (String[] magic : new String[][] {{"山田商事", "ご利用可"}, {"不可商事", "ご利用不可"}, {"不備商事", "申込不備"},
                {"審査中商事", "審査中"}}) {
            String id = "B" + Math.abs(magic[0].hashCode());
            assertThat(call("AN060", application(id, magic[0], "1", "03-1234-5678", null)).succeeded()).isTrue();
            assertThat(call("AN070", Map.of("buyerId", id)).field("judgeStatus")).as(magic[0]).isEqualTo(magic[1]);
        }
    }

    @Test
    void phonesWithoutTwoHyphensAndSoleProprietorsWithoutTheRepresentativesAddressAreRefusedOrIncomplete() {
        assertThat(call("AN060", application("B1", "山田商店", "2", "0312345678", "東京都")).errorCode()).isEqualTo("F360004");

        assertThat(call("AN060", application("B2", "山田商店", "2", "03-1234-5678", null)).succeeded()).isTrue();
        assertThat(call("AN070", Map.of("buyerId", "B2")).field("judgeStatus")).isEqualTo("申込不備");
    }

    @Test
    void ordersAreCheckedAgainstTheLineDuplicatesSumsLineCountAndDate() {
        assertThat(call("AN010", order("OD-1-1", "1111", 500_000, 50_000, "20261124")).succeeded()).isTrue();
        assertThat(call("AN050", Map.of("buyerId", "1111")).field("usePayment")).isEqualTo("550000");
        assertThat(call("AN010", order("OD-2-1", "1111", 50_000, 5_000, "20261124")).errorCode())
                .as("600,000円 line exceeded").isEqualTo("G55");
        assertThat(call("AN010", order("OD-1-1", "2222", 1000, 100, "20261124")).errorCode()).isEqualTo("A020004");
        assertThat(call("AN010", order("OD-3-1", "2222", 1000, 100, "20261125")).errorCode()).as("future").isEqualTo("A010003");
        Map<String, String> mismatch = order("OD-4-1", "2222", 1000, 100, "20261124");
        mismatch.put("kessaiKingaku1", "999");
        assertThat(call("AN010", mismatch).errorCode()).isEqualTo("A030001");
        Map<String, String> hundred = order("OD-5-1", "2222", 1000, 100, "20261124");
        for (int n = 2; n <= 100; n++) {
            hundred.put("shohinMei" + n, "商品");
            hundred.put("kessaiKingaku" + n, "0");
            hundred.put("shohiZei" + n, "0");
        }
        assertThat(call("AN010", hundred).errorCode()).isEqualTo("A150001");
        assertThat(call("AN010", order("OD-6-1", "3333", 1000, 100, "20261124")).errorCode()).as("suspended").isEqualTo("G61");
        assertThat(call("AN010", order("OD-7-1", "4444", 1000, 100, "20261124")).errorCode()).as("not approved").isEqualTo("G12");
    }

    @Test
    void shipmentReportAndItsCancelAndCancellingTheOrder() {
        call("AN010", order("OD-8-1", "2222", 1000, 100, "20261124"));

        assertThat(call("AN030", Map.of("orderNo", "OD-8-1", "slipNo", "123456789013")).succeeded()).isTrue();
        assertThat(call("AN020", Map.of("orderNo", "OD-8-1", "buyerId", "2222")).errorCode())
                .as("reported orders are not cancelled").isEqualTo("B020005");
        assertThat(call("AN040", Map.of("orderNo", "OD-8-1", "slipNo", "999999999999")).errorCode()).isEqualTo("D020001");
        assertThat(call("AN040", Map.of("orderNo", "OD-8-1", "slipNo", "123456789013")).succeeded()).isTrue();
        assertThat(call("AN020", Map.of("orderNo", "OD-8-1", "buyerId", "2222")).succeeded()).isTrue();
        assertThat(call("AN020", Map.of("orderNo", "OD-8-1", "buyerId", "2222")).errorCode()).isEqualTo("0700001");
    }

    @Test
    void aDeveloperJudgesABuyerAndTheAvailabilityFollows() {
        call("AN060", application("B9", "不備商事", "1", "03-1234-5678", null));
        assertThat(call("AN050", Map.of("buyerId", "B9")).field("useUsable")).isEqualTo("利用不可");

        simulator.judgement("B9", "ご利用可");

        assertThat(call("AN050", Map.of("buyerId", "B9")).field("useUsable")).isEqualTo("利用可");
        assertThat(call("AN050", Map.of("buyerId", "nobody")).errorCode()).isEqualTo("E050003");
    }
}
