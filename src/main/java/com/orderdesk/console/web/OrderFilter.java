package com.orderdesk.console.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.export.OrderExportFilter;
import com.orderdesk.order.OrderSearchCriteria;
import com.orderdesk.order.OrderStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The 受注一覧 search form: every filter of the order API, bound from the page's query string and
 * turned into the order module's criteria. Mutable because Spring binds forms through setters.
 */
public class OrderFilter {

    static final int DEFAULT_SIZE = 20;

    private @Nullable String number;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate placedFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate placedTo;
    private List<OrderStatus> status = new ArrayList<>();
    private @Nullable String customerName;
    private @Nullable String customerKana;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable Long minTotal;
    private @Nullable Long maxTotal;
    private @Nullable String productCode;
    private @Nullable String deliveryMethod;
    private @Nullable String paymentMethod;
    private @Nullable String paymentStatus;
    private @Nullable String reference;
    private boolean readyToShip;
    private boolean needsAttention;
    private int page;
    private int size = DEFAULT_SIZE;

    /** Field → message for filters that contradict each other; empty when the search can run. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (placedFrom != null && placedTo != null && placedFrom.isAfter(placedTo)) {
            problems.put("placedFrom", "受注日（から）が受注日（まで）より後になっています");
        }
        if (minTotal != null && maxTotal != null && minTotal > maxTotal) {
            problems.put("minTotal", "合計（から）が合計（まで）より大きくなっています");
        }
        if (minTotal != null && minTotal < 0 || maxTotal != null && maxTotal < 0) {
            problems.put("maxTotal", "合計は0円以上で指定してください");
        }
        return problems;
    }

    OrderSearchCriteria toCriteria() {
        Set<OrderStatus> statuses = status.isEmpty()
                ? readyToShip ? EnumSet.of(OrderStatus.NEW, OrderStatus.PROCESSING) : EnumSet.noneOf(OrderStatus.class)
                : EnumSet.copyOf(status);
        return new OrderSearchCriteria(blankToNull(number), placedFrom, placedTo, statuses, blankToNull(customerName),
                blankToNull(customerKana), blankToNull(email), blankToNull(phone), minTotal, maxTotal,
                blankToNull(productCode), blankToNull(deliveryMethod), blankToNull(paymentMethod),
                blankToNull(paymentStatus), blankToNull(reference), readyToShip, needsAttention, Math.max(page, 0),
                Math.clamp(size, 1, OrderSearchCriteria.MAX_PAGE_SIZE));
    }

    /** The same search for the 受注CSV export (every matching order, not one page). */
    OrderExportFilter toExportFilter() {
        return new OrderExportFilter(blankToNull(number), placedFrom, placedTo, status.isEmpty() ? null : Set.copyOf(status),
                blankToNull(customerName), blankToNull(customerKana), blankToNull(email), blankToNull(phone), minTotal,
                maxTotal, blankToNull(productCode), blankToNull(deliveryMethod), blankToNull(paymentMethod),
                blankToNull(paymentStatus), readyToShip ? Boolean.TRUE : null, needsAttention ? Boolean.TRUE : null, blankToNull(reference), null);
    }

    /** This search's query string at another page, for the pager links. */
    public String queryFor(int otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("");
        put(uri, "number", number);
        put(uri, "placedFrom", placedFrom);
        put(uri, "placedTo", placedTo);
        status.forEach(value -> uri.queryParam("status", value));
        put(uri, "customerName", customerName);
        put(uri, "customerKana", customerKana);
        put(uri, "email", email);
        put(uri, "phone", phone);
        put(uri, "minTotal", minTotal);
        put(uri, "maxTotal", maxTotal);
        put(uri, "productCode", productCode);
        put(uri, "deliveryMethod", deliveryMethod);
        put(uri, "paymentMethod", paymentMethod);
        put(uri, "paymentStatus", paymentStatus);
        put(uri, "reference", reference);
        if (readyToShip) {
            uri.queryParam("readyToShip", true);
        }
        if (needsAttention) {
            uri.queryParam("needsAttention", true);
        }
        uri.queryParam("size", size).queryParam("page", otherPage);
        return uri.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable String getNumber() { return number; }
    public void setNumber(@Nullable String number) { this.number = number; }
    public @Nullable LocalDate getPlacedFrom() { return placedFrom; }
    public void setPlacedFrom(@Nullable LocalDate placedFrom) { this.placedFrom = placedFrom; }
    public @Nullable LocalDate getPlacedTo() { return placedTo; }
    public void setPlacedTo(@Nullable LocalDate placedTo) { this.placedTo = placedTo; }
    public List<OrderStatus> getStatus() { return status; }
    public void setStatus(@Nullable List<OrderStatus> status) { this.status = status == null ? new ArrayList<>() : status; }
    public @Nullable String getCustomerName() { return customerName; }
    public void setCustomerName(@Nullable String customerName) { this.customerName = customerName; }
    public @Nullable String getCustomerKana() { return customerKana; }
    public void setCustomerKana(@Nullable String customerKana) { this.customerKana = customerKana; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public @Nullable Long getMinTotal() { return minTotal; }
    public void setMinTotal(@Nullable Long minTotal) { this.minTotal = minTotal; }
    public @Nullable Long getMaxTotal() { return maxTotal; }
    public void setMaxTotal(@Nullable Long maxTotal) { this.maxTotal = maxTotal; }
    public @Nullable String getProductCode() { return productCode; }
    public void setProductCode(@Nullable String productCode) { this.productCode = productCode; }
    public @Nullable String getDeliveryMethod() { return deliveryMethod; }
    public void setDeliveryMethod(@Nullable String deliveryMethod) { this.deliveryMethod = deliveryMethod; }
    public @Nullable String getPaymentMethod() { return paymentMethod; }
    public void setPaymentMethod(@Nullable String paymentMethod) { this.paymentMethod = paymentMethod; }
    public @Nullable String getPaymentStatus() { return paymentStatus; }
    public void setPaymentStatus(@Nullable String paymentStatus) { this.paymentStatus = paymentStatus; }
    public @Nullable String getReference() { return reference; }
    public void setReference(@Nullable String reference) { this.reference = reference; }
    public boolean isReadyToShip() { return readyToShip; }
    public void setReadyToShip(boolean readyToShip) { this.readyToShip = readyToShip; }
    public boolean isNeedsAttention() { return needsAttention; }
    public void setNeedsAttention(boolean needsAttention) { this.needsAttention = needsAttention; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public int getSize() { return size; }
    public void setSize(int size) { this.size = size; }
}
