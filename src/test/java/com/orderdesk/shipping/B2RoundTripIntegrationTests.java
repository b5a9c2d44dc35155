package com.orderdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Export → B2 Cloud issues labels → import of B2's issued data, on PostgreSQL through the API. */
@RecordApplicationEvents
class B2RoundTripIntegrationTests extends IntegrationTestSupport {

    static final Charset CP932 = Charset.forName("windows-31j");

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void deliveryMethods() {
        api.asOperator().post("/api/admin/delivery-methods", ShippingTestData.deliveryMethod("YAMATO", "YAMATO", List.of()));
        api.asOperator().post("/api/admin/delivery-methods", ShippingTestData.deliveryMethod("SAGAWA", "SAGAWA", List.of()));
    }

    String place(Map<String, Object> body) {
        Response placed = api.asOperator().post("/api/admin/orders", body);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().at("/number").asString();
    }

    /** The export's rows as fields, decoded from CP932. */
    List<List<String>> exportRows(String query) {
        Response export = api.asOperator().download("/api/admin/shipments/b2-export" + query);
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(export.header("Content-Type")).isEqualToIgnoringCase("text/csv;charset=Windows-31J");
        String text = new String(export.raw().getContentAsByteArray(), CP932);
        assertThat(text).endsWith("\r\n");
        if (text.lines().count() >= 3) {
            writeSample(text);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\",\"", -1)).toList());
        }
        return rows;
    }

    /** Keeps the last export, decoded, beside the surefire reports for whoever reviews the layout. */
    static void writeSample(String text) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "b2-export-sample.csv"), text);
        } catch (java.io.IOException ex) {
            // Only a convenience for reviewers.
        }
    }

    /** What B2 gives back after issuing labels: the same layout with 伝票番号 (column 4) filled in. */
    static byte[] issued(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(field -> "\"" + field + "\"").toList())).append("\r\n");
        }
        return csv.toString().getBytes(CP932);
    }

    static List<String> withTrackingNumber(List<String> row, String trackingNumber) {
        List<String> issued = new ArrayList<>(row);
        issued.set(3, trackingNumber);
        return issued;
    }

    Response importFile(byte[] content) {
        return api.asOperator().postFile("/api/admin/shipments/b2-import", "file", "issued.csv", content);
    }

    @Test
    void exportedOrdersComeBackFromB2WithTrackingNumbersAndAreShippedOnceOnly() {
        Map<String, Object> wish = TestOrders.order();
        wish.put("deliveryDate", "2026-12-01");
        wish.put("deliveryTimeSlot", "14-16");
        ((Map<String, Object>) wish.get("customer")).put("address2", "ヤマダビル〜4F");
        String first = place(wish);
        String second = place(TestOrders.order());
        Map<String, Object> sagawa = TestOrders.order();
        sagawa.put("deliveryMethodCode", "SAGAWA");
        String other = place(sagawa);

        List<List<String>> exported = exportRows("?shipDate=2026-11-24");

        assertThat(exported).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(97));
        assertThat(exported.get(0).get(0)).isEqualTo("お客様管理番号");
        assertThat(exported.get(0).get(3)).isEqualTo("伝票番号");
        List<String> firstRow = exported.get(1);
        assertThat(firstRow.get(0)).isEqualTo(first);
        assertThat(firstRow.get(1)).as("発払い").isEqualTo("0");
        assertThat(firstRow.get(3)).as("伝票番号 left to B2").isEmpty();
        assertThat(firstRow.get(4)).isEqualTo("2026/11/24");
        assertThat(firstRow.get(5)).isEqualTo("2026/12/01");
        assertThat(firstRow.get(6)).isEqualTo("1416");
        assertThat(firstRow.get(8)).isEqualTo("03-1234-5678");
        assertThat(firstRow.get(10)).isEqualTo("150-0001");
        assertThat(firstRow.get(11)).isEqualTo("東京都渋谷区神宮前1-2-3");
        assertThat(firstRow.get(12)).as("wave dash as CP932 writes it").isEqualTo("ヤマダビル～4F");
        assertThat(firstRow.get(15)).isEqualTo("山田 太郎");
        assertThat(firstRow.get(16)).isEqualTo("ﾔﾏﾀﾞ ﾀﾛｳ");
        assertThat(firstRow.get(27)).isEqualTo("Product TEA-001 他1点");
        assertThat(firstRow.get(39)).isEqualTo("000000000000");
        assertThat(firstRow.get(41)).isEqualTo("01");
        assertThat(firstRow.get(75)).isEqualTo(first);
        assertThat(exported.get(2).get(0)).isEqualTo(second);
        assertThat(exported.stream().map(row -> row.get(0))).as("other carriers stay out").doesNotContain(other);

        String firstNumber = ShippingTestData.yamato(38971107401L);
        String secondNumber = ShippingTestData.yamato(12345678901L);
        List<List<String>> issuedRows = new ArrayList<>();
        issuedRows.add(exported.get(0));
        issuedRows.add(withTrackingNumber(firstRow, firstNumber));
        issuedRows.add(withTrackingNumber(exported.get(2), secondNumber.substring(0, 4) + "-" + secondNumber.substring(4, 8)
                + "-" + secondNumber.substring(8)));
        List<String> stranger = withTrackingNumber(firstRow, ShippingTestData.yamato(22222222222L));
        stranger.set(0, "SHOP2-0001");
        issuedRows.add(stranger);
        issuedRows.add(withTrackingNumber(exported.get(2), "123456789014"));
        byte[] file = issued(issuedRows);

        Response imported = importFile(file);

        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.json().at("/matched").asInt()).isEqualTo(2);
        assertThat(imported.json().at("/results").findValuesAsString("outcome"))
                .containsExactly("MATCHED", "MATCHED", "UNKNOWN_ORDER", "BAD_TRACKING_NUMBER");
        assertThat(imported.json().at("/results/0/row").asInt()).isEqualTo(2);
        assertThat(imported.json().at("/results/3/message").asString()).contains("check digit");
        assertThat(api.asOperator().get("/api/admin/orders/" + first).json().at("/status").asString()).isEqualTo("SHIPPED");
        assertThat(api.asOperator().get("/api/admin/orders/" + second).json().at("/status").asString()).isEqualTo("SHIPPED");
        Response shipments = api.asOperator().get("/api/admin/orders/" + first + "/shipments");
        assertThat(shipments.json().at("/0/carrier").asString()).isEqualTo("YAMATO");
        assertThat(shipments.json().at("/0/trackingNumbers/0").asString()).isEqualTo(firstNumber);
        assertThat(shipments.json().at("/0/shippedOn").asString()).as("B2's 出荷予定日").isEqualTo("2026-11-24");
        assertThat(events.stream(ShipmentRegistered.class)).hasSize(2);

        Response again = importFile(file);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/matched").asInt()).isZero();
        assertThat(again.json().at("/unchanged").asInt()).isEqualTo(2);
        assertThat(again.json().at("/results").findValuesAsString("outcome"))
                .containsExactly("ALREADY_REGISTERED", "ALREADY_REGISTERED", "UNKNOWN_ORDER", "BAD_TRACKING_NUMBER");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shipments", Long.class)).isEqualTo(2);
        assertThat(events.stream(ShipmentRegistered.class)).as("nothing new published").hasSize(2);
        assertThat(exportRows("")).as("shipped orders no longer await shipment").hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void digitalLinesNeedNoParcelTheyStayOutOfTheItemNameAndAnOrderOfThemAloneIsNotExported() {
        Map<String, Object> mixed = TestOrders.order();
        ((List<Map<String, Object>>) mixed.get("lines")).get(1).put("digital", true);
        String goods = place(mixed);
        Map<String, Object> downloads = TestOrders.order();
        ((List<Map<String, Object>>) downloads.get("lines")).forEach(line -> line.put("digital", true));
        String onlyDigital = place(downloads);

        List<List<String>> exported = exportRows("?shipDate=2026-11-24");

        assertThat(exported.stream().skip(1).map(row -> row.get(0))).containsExactly(goods);
        assertThat(exported.get(1).get(27)).as("品名 of the parcel's goods only").isEqualTo("Product TEA-001");
        Response imported = importFile(issued(List.of(exported.get(0),
                withTrackingNumber(exported.get(1), ShippingTestData.yamato(38971107401L)))));
        assertThat(imported.json().at("/matched").asInt()).as(imported.text()).isEqualTo(1);
        assertThat(api.asOperator().get("/api/admin/orders/" + goods).json().at("/status").asString())
                .as("the goods shipped, the download needs no parcel").isEqualTo("SHIPPED");
        assertThat(api.asOperator().get("/api/admin/orders/" + onlyDigital).json().at("/status").asString())
                .isEqualTo("NEW");
    }

    @Test
    void rowsOfOneOrderBecomeOneMultiPieceShipmentAndAnOrderShippedOtherwiseIsReported() {
        String multi = place(TestOrders.order());
        String shippedByHand = place(TestOrders.order());
        api.asOperator().post("/api/admin/orders/" + shippedByHand + "/shipments",
                ShippingTestData.shipment("YAMATO", ShippingTestData.yamato(33333333333L)));
        List<List<String>> exported = exportRows("?status=NEW&status=SHIPPED");
        List<String> row = exported.stream().filter(r -> r.get(0).equals(multi)).findFirst().orElseThrow();
        List<String> handRow = exported.stream().filter(r -> r.get(0).equals(shippedByHand)).findFirst().orElseThrow();

        Response imported = importFile(issued(List.of(
                withTrackingNumber(row, ShippingTestData.yamato(44444444444L)),
                withTrackingNumber(row, ShippingTestData.yamato(55555555555L)),
                withTrackingNumber(handRow, ShippingTestData.yamato(66666666666L)))));

        assertThat(imported.json().at("/results").findValuesAsString("outcome"))
                .containsExactly("MATCHED", "MATCHED", "ALREADY_SHIPPED");
        Response shipments = api.asOperator().get("/api/admin/orders/" + multi + "/shipments");
        assertThat(shipments.json().size()).isEqualTo(1);
        assertThat(shipments.json().at("/0/trackingNumbers").size()).isEqualTo(2);
    }

    @Test
    void aFileInTheWrongEncodingOrWithoutTheNeededColumnsIsRefusedAndNothingIsApplied() {
        String number = place(TestOrders.order());
        String good = "\"" + number + "\",\"0\",\"\",\"" + ShippingTestData.yamato(12345678901L) + "\",\"2026/11/24\"\r\n";

        Response utf8 = api.asOperator().postCsv("/api/admin/shipments/b2-import",
                (good + "\"" + number + "\",\"0\",\"\",\"\",\"ヤマト\"\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.status()).isEqualTo(400);
        assertThat(utf8.header("Content-Type")).startsWith("application/problem+json");
        assertThat(utf8.json().at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(utf8.json().at("/detail").asString()).contains("UTF-8", "Shift_JIS");

        Response missingColumns = api.asOperator().postCsv("/api/admin/shipments/b2-import",
                (good + "\"" + number + "\",\"0\"\r\n").getBytes(CP932));
        assertThat(missingColumns.status()).isEqualTo(400);
        assertThat(missingColumns.json().at("/detail").asString()).contains("row 2", "column 4");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM shipments", Long.class)).isZero();
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString()).isEqualTo("NEW");
    }

    @Test
    void anOrderB2CannotPrintFailsTheExportNamingTheOrderAndField() {
        Map<String, Object> order = TestOrders.order();
        ((Map<String, Object>) order.get("customer")).put("name", "髙橋 ①郎");
        String number = place(order);

        Response refused = api.asOperator().download("/api/admin/shipments/b2-export");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("orders[" + number + "].delivery.name");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("髙");
    }
}
