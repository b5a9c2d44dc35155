package com.orderdesk.order.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderPage;
import com.orderdesk.order.OrderReferenceFinder;
import com.orderdesk.order.OrderSearchCriteria;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.order.OrderSummary;
import com.orderdesk.shared.JapaneseText;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The order list query in plain SQL, so that each filter maps onto an index (see
 * {@code V3__orders.sql}): trigram GIN indexes serve the partial text filters, B-tree indexes the
 * status, date, amount and product filters; results come newest first.
 */
@Component
public class OrderSearchQuery {

    private final NamedParameterJdbcTemplate jdbc;
    private final List<OrderReferenceFinder> referenceFinders;

    OrderSearchQuery(NamedParameterJdbcTemplate jdbc, List<OrderReferenceFinder> referenceFinders) {
        this.jdbc = jdbc;
        this.referenceFinders = List.copyOf(referenceFinders);
    }

    public OrderPage search(OrderSearchCriteria criteria) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(criteria, parameters);
        if (criteria.reference() != null) {
            Set<UUID> ids = new HashSet<>();
            referenceFinders.forEach(finder -> ids.addAll(finder.orderIdsByReference(criteria.reference().strip())));
            if (ids.isEmpty()) {
                return new OrderPage(List.of(), criteria.page(), criteria.size(), 0);
            }
            where = (where.isEmpty() ? " WHERE " : where + " AND ") + "o.id IN (:referencedIds)";
            parameters.addValue("referencedIds", ids);
        }
        parameters.addValue("limit", criteria.size()).addValue("offset", (long) criteria.page() * criteria.size());
        List<OrderSummary> items = jdbc.query("""
                SELECT o.number, o.placed_at, o.status, o.channel, o.customer_name, o.customer_email,
                       o.total_amount, o.delivery_method_code, o.payment_method_code, o.payment_status
                FROM orders o""" + where + " ORDER BY o.placed_at DESC, o.id DESC LIMIT :limit OFFSET :offset",
                parameters, OrderSearchQuery::summary);
        long offset = (long) criteria.page() * criteria.size();
        if (items.size() < criteria.size() && (!items.isEmpty() || offset == 0)) {
            // The last page is in hand: the total needs no count (a number look-up is one query).
            return new OrderPage(items, criteria.page(), criteria.size(), offset + items.size(), true);
        }
        parameters.addValue("countLimit", OrderPage.COUNT_LIMIT + 1);
        Long counted = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM orders o" + where
                + " LIMIT :countLimit) matching", parameters, Long.class);
        long total = counted == null ? 0 : counted;
        return total > OrderPage.COUNT_LIMIT
                ? new OrderPage(items, criteria.page(), criteria.size(), OrderPage.COUNT_LIMIT, false)
                : new OrderPage(items, criteria.page(), criteria.size(), total, true);
    }

    private static String where(OrderSearchCriteria criteria, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (criteria.number() != null) {
            conditions.add("o.number = :number");
            parameters.addValue("number", criteria.number().strip().toUpperCase());
        }
        if (criteria.placedFrom() != null) {
            conditions.add("o.placed_at >= :placedFrom");
            parameters.addValue("placedFrom", Timestamp.from(criteria.placedFrom().atStartOfDay(ShopTime.ZONE).toInstant()));
        }
        if (criteria.placedTo() != null) {
            conditions.add("o.placed_at < :placedBefore");
            parameters.addValue("placedBefore",
                    Timestamp.from(criteria.placedTo().plusDays(1).atStartOfDay(ShopTime.ZONE).toInstant()));
        }
        if (!criteria.statuses().isEmpty()) {
            conditions.add("o.status IN (:statuses)");
            parameters.addValue("statuses", criteria.statuses().stream().map(Enum::name).toList());
        }
        // Names and kana are matched on their search keys (V150), folded like the query.
        containsKey(conditions, parameters, "o.customer_name", "customerName", criteria.customerName());
        containsKey(conditions, parameters, "o.customer_kana", "customerKana", criteria.customerKana());
        contains(conditions, parameters, "o.customer_email", "email", criteria.email());
        if (criteria.phone() != null) {
            // Never "every order": a phone query without digits matches nothing (the API refuses it before).
            String digits = JapaneseText.digitsOnly(criteria.phone());
            conditions.add(digits.isEmpty() ? "FALSE" : "o.customer_phone_digits LIKE :phone");
            parameters.addValue("phone", "%" + digits + "%");
        }
        if (criteria.minTotal() != null) {
            conditions.add("o.total_amount >= :minTotal");
            parameters.addValue("minTotal", criteria.minTotal());
        }
        if (criteria.maxTotal() != null) {
            conditions.add("o.total_amount <= :maxTotal");
            parameters.addValue("maxTotal", criteria.maxTotal());
        }
        if (criteria.productCode() != null) {
            conditions.add("EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.product_code = :productCode)");
            parameters.addValue("productCode", criteria.productCode().strip());
        }
        if (criteria.deliveryMethodCode() != null) {
            conditions.add("o.delivery_method_code = :deliveryMethodCode");
            parameters.addValue("deliveryMethodCode", criteria.deliveryMethodCode().strip());
        }
        if (criteria.paymentMethodCode() != null) {
            conditions.add("o.payment_method_code = :paymentMethodCode");
            parameters.addValue("paymentMethodCode", criteria.paymentMethodCode().strip());
        }
        if (criteria.readyToShip()) {
            conditions.add("(o.payment_status IS NULL OR o.payment_secured)");
        }
        if (criteria.needsAttention()) {
            conditions.add("o.payment_needs_attention");
        }
        if (criteria.paymentStatus() != null) {
            conditions.add("o.payment_status = :paymentStatus");
            parameters.addValue("paymentStatus", criteria.paymentStatus().strip().toUpperCase());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void contains(List<String> conditions, MapSqlParameterSource parameters, String column,
            String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        conditions.add(column + " ILIKE :" + name);
        parameters.addValue(name, "%" + escapeLike(value.strip()) + "%");
    }

    /**
     * A fragment of a name or kana, on its search key ({@code <column>_search}, V150). Trigram indexes
     * serve three characters and more; a two-character fragment (a 2-kanji surname) is found through
     * the bigram array ({@code <column>_bigrams}, V300) alone.
     */
    private static void containsKey(List<String> conditions, MapSqlParameterSource parameters, String column,
            String name, @Nullable String value) {
        String key = value == null ? "" : JapaneseText.searchKey(value);
        if (key.isEmpty()) {
            return;
        }
        if (key.codePointCount(0, key.length()) == 2) {
            // Exact on its own (a key contains the fragment exactly when it is one of its bigrams). No
            // LIKE beside it: PostgreSQL would AND it with the trigram index, which cannot narrow a
            // 2-character pattern and read 600,000 of a million entries (2.1 s for a count, EXPLAIN).
            conditions.add(column + "_bigrams @> ARRAY[CAST(:" + name + " AS text)]");
            parameters.addValue(name, key);
            return;
        }
        conditions.add(column + "_search LIKE :" + name);
        parameters.addValue(name, "%" + escapeLike(key) + "%");
    }

    /** Makes {@code %}, {@code _} and the escape character itself match literally. */
    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OrderSummary summary(ResultSet row, int index) throws SQLException {
        return new OrderSummary(row.getString("number"), row.getTimestamp("placed_at").toInstant(),
                OrderStatus.valueOf(row.getString("status")), OrderChannel.valueOf(row.getString("channel")),
                row.getString("customer_name"), row.getString("customer_email"), row.getLong("total_amount"),
                row.getString("delivery_method_code"), row.getString("payment_method_code"),
                row.getString("payment_status"), null);
    }
}
