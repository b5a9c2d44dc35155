package com.orderdesk.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for placing orders in tests; mutable so a test can break one field. */
public final class TestOrders {

    private TestOrders() {
    }

    public static Map<String, Object> customer() {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", "山田 太郎");
        customer.put("kana", "ヤマダ タロウ");
        customer.put("email", "taro.yamada@example.jp");
        customer.put("phone", "03-1234-5678");
        customer.put("mobilePhone", "090-1111-2222");
        customer.put("postalCode", "1500001");
        customer.put("prefecture", "東京都");
        customer.put("city", "渋谷区神宮前");
        customer.put("address1", "1-2-3");
        customer.put("address2", "ヤマダビル 4F");
        return customer;
    }

    public static Map<String, Object> line(String code, long unitPrice, int quantity, String taxCategory) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("productCode", code);
        line.put("productName", "Product " + code);
        line.put("unitPrice", unitPrice);
        line.put("quantity", quantity);
        line.put("taxCategory", taxCategory);
        return line;
    }

    /** An order of 2 × 1,100 yen (10%) + 1 × 1,080 yen (8%) with 550 yen shipping: total 3,830 yen. */
    public static Map<String, Object> order() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customer", customer());
        order.put("deliveryMethodCode", "YAMATO");
        order.put("lines", new ArrayList<>(List.of(
                line("TEA-001", 1100, 2, "STANDARD_10"),
                line("FOOD-001", 1080, 1, "REDUCED_8"))));
        order.put("shippingFee", 550);
        return order;
    }
}
