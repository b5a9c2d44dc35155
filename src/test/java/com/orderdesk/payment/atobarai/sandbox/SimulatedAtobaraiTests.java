package com.orderdesk.payment.atobarai.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.payment.atobarai.wire.AtobaraiFunction;
import com.orderdesk.support.TestClock;
import org.junit.jupiter.api.Test;

/** The simulator's rules: magic names and amounts, the SMS code, slips, cancel, amount change, and the error table's checks. */
class SimulatedAtobaraiTests {

    private final TestClock clock = new TestClock();
    private final SimulatedAtobarai yamato = new SimulatedAtobarai(clock);

    private static Map<String, String> credit(String orderNo, long total, String name, String sendDiv) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ycfStrCode", SimulatedAtobarai.STORE_CODE);
        form.put("password", SimulatedAtobarai.PASSWORD);
        form.put("orderNo", orderNo);
        form.put("shipYmd", java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.now().plusDays(3)));
        form.put("name", name);
        form.put("address1", "東京都渋谷区神宮前１－１－１");
        form.put("telNum", "09012345678");
        form.put("totalAmount", Long.toString(total));
        form.put("sendDiv", sendDiv);
        form.put("itemName1", "商品");
        form.put("subTotal1", Long.toString(total));
        return form;
    }

    private Map<String, String> call(AtobaraiFunction function, Map<String, String> form) {
        return yamato.handle(function, form);
    }

    private Map<String, String> call(AtobaraiFunction function, String orderNo, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("ycfStrCode", SimulatedAtobarai.STORE_CODE, "password",
                SimulatedAtobarai.PASSWORD, "orderNo", orderNo));
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return call(function, form);
    }

    @Test
    void magicNamesAndAmountsDecideTheCreditCheck() {
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, credit("A-1", 3000, "山田", "0"))).containsEntry("result", "0");
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, credit("A-2", 1901, "山田", "0"))).containsEntry("result", "1");
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, credit("A-3", 3000, "限度　太郎", "0"))).containsEntry("result", "2");
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, credit("A-4", 1903, "山田", "0"))).containsEntry("result", "3");
        assertThat(call(AtobaraiFunction.CREDIT_RESULT, "A-4")).containsEntry("result", "3");
        assertThat(call(AtobaraiFunction.CREDIT_RESULT, "A-4")).as("screening ends on the second query").containsEntry("result", "0");
        call(AtobaraiFunction.CREDIT_CHECK, credit("A-5", 1904, "山田", "0"));
        call(AtobaraiFunction.CREDIT_RESULT, "A-5");
        assertThat(call(AtobaraiFunction.CREDIT_RESULT, "A-5")).containsEntry("result", "1");
    }

    @Test
    void theErrorTablesChecks() {
        call(AtobaraiFunction.CREDIT_CHECK, credit("B-1", 3000, "山田", "0"));
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, credit("B-1", 3000, "山田", "0"))).containsEntry("errorCode", "kaara009E");
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, credit("B-2", 1_000_000, "山田", "0"))).containsEntry("errorCode", "kaara049E");
        Map<String, String> mismatch = credit("B-3", 3000, "山田", "0");
        mismatch.put("subTotal1", "2999");
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, mismatch)).containsEntry("errorCode", "kaara101E");
        Map<String, String> noPrefecture = credit("B-4", 3000, "山田", "0");
        noPrefecture.put("address1", "渋谷区神宮前１－１－１");
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, noPrefecture)).containsEntry("errorCode", "kaaraSIM1E");
        Map<String, String> late = credit("B-5", 3000, "山田", "0");
        late.put("shipYmd", java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.now().plusDays(120)));
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, late)).containsEntry("errorCode", "kaara018E");
        Map<String, String> wrongPassword = credit("B-6", 3000, "山田", "0");
        wrongPassword.put("password", "nope");
        assertThat(call(AtobaraiFunction.CREDIT_CHECK, wrongPassword)).containsEntry("returnCode", "1")
                .containsEntry("errorCode", "kaara092E");
    }

    @Test
    void theSmsCodePassesMismatchesExpiresAndHasAnAttemptLimit() {
        call(AtobaraiFunction.CREDIT_CHECK, credit("S-1", 3000, "山田", "3"));
        assertThat(call(AtobaraiFunction.SMS_CODE, "S-1", "ninCode", "0000")).containsEntry("result", "2");
        assertThat(call(AtobaraiFunction.SMS_CODE, "S-1", "ninCode", SimulatedAtobarai.SMS_CODE)).containsEntry("result", "1");
        assertThat(call(AtobaraiFunction.STATUS, "S-1")).containsEntry("result", "1");

        call(AtobaraiFunction.CREDIT_CHECK, credit("S-2", 3000, "山田", "3"));
        for (int i = 1; i < SimulatedAtobarai.SMS_ATTEMPTS; i++) {
            call(AtobaraiFunction.SMS_CODE, "S-2", "ninCode", "0000");
        }
        assertThat(call(AtobaraiFunction.SMS_CODE, "S-2", "ninCode", "0000")).containsEntry("errorCode", "kaasa021E");
        assertThat(call(AtobaraiFunction.STATUS, "S-2")).containsEntry("result", "32");

        call(AtobaraiFunction.CREDIT_CHECK, credit("S-3", 3000, "山田", "3"));
        clock.advance(Duration.ofMinutes(SimulatedAtobarai.SMS_CODE_MINUTES));
        assertThat(call(AtobaraiFunction.SMS_CODE, "S-3", "ninCode", SimulatedAtobarai.SMS_CODE))
                .containsEntry("errorCode", "kaasa022E");
    }

    @Test
    void slipsNeedTheirCheckDigitAndCoverAtMostThreeOrders() {
        for (String orderNo : new String[] {"C-1", "C-2", "C-3", "C-4"}) {
            call(AtobaraiFunction.CREDIT_CHECK, credit(orderNo, 3000, "山田", "0"));
        }
        String ship = java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.now());
        assertThat(call(AtobaraiFunction.SHIPMENT, "C-1", "paymentNo", "123456789012", "processDiv", "0", "shipYmd", ship))
                .containsEntry("errorCode", "kaasl014E");
        for (String orderNo : new String[] {"C-1", "C-2", "C-3"}) {
            assertThat(call(AtobaraiFunction.SHIPMENT, orderNo, "paymentNo", "123456789013", "processDiv", "0", "shipYmd", ship))
                    .containsEntry("returnCode", "0");
        }
        assertThat(call(AtobaraiFunction.SHIPMENT, "C-4", "paymentNo", "123456789013", "processDiv", "0", "shipYmd", ship))
                .containsEntry("errorCode", "kaasl045E");
        assertThat(call(AtobaraiFunction.STATUS, "C-1")).containsEntry("result", "3");
        assertThat(call(AtobaraiFunction.SHIPMENT, "C-1", "paymentNo", "400012345670", "processDiv", "1", "shipYmd", ship,
                "beforePaymentNo", "123456789013")).containsEntry("returnCode", "0");
        assertThat(call(AtobaraiFunction.SHIPMENT, "C-4", "paymentNo", "C-4", "processDiv", "2", "shipYmd", ship))
                .containsEntry("returnCode", "0");
    }

    @Test
    void cancelIsRefusedOncePaidAndAmountsOnlyFallToTheFirstTotal() {
        call(AtobaraiFunction.CREDIT_CHECK, credit("D-1", 3000, "山田", "0"));
        assertThat(call(AtobaraiFunction.AMOUNT_CHANGE, "D-1", "totalAmount", "3000", "subTotal1", "3000"))
                .containsEntry("errorCode", "kaakk049E");
        assertThat(call(AtobaraiFunction.AMOUNT_CHANGE, "D-1", "totalAmount", "3500", "subTotal1", "3500"))
                .containsEntry("errorCode", "kaakk050E");
        assertThat(call(AtobaraiFunction.AMOUNT_CHANGE, "D-1", "totalAmount", "2500", "subTotal1", "2500"))
                .containsEntry("returnCode", "0");
        assertThat(call(AtobaraiFunction.AMOUNT_CHANGE, "D-1", "totalAmount", "2800", "subTotal1", "2800"))
                .as("back up to the first total").containsEntry("returnCode", "0");
        yamato.setStatus("D-1", "12");
        assertThat(call(AtobaraiFunction.CANCEL, "D-1")).containsEntry("errorCode", "kaacl015E");
        call(AtobaraiFunction.CREDIT_CHECK, credit("D-2", 3000, "山田", "0"));
        assertThat(call(AtobaraiFunction.CANCEL, "D-2")).containsEntry("returnCode", "0");
        assertThat(call(AtobaraiFunction.CANCEL, "D-2")).containsEntry("errorCode", "kaacl009E");
    }

    @Test
    void repliesAreXmlReturnDocuments() {
        String xml = AtobaraiSimulator.xml(call(AtobaraiFunction.STATUS, "nope"));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><return><returnCode>1</returnCode>")
                .contains("<returnDate>");
    }
}
