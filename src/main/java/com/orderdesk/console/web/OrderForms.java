package com.orderdesk.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderdesk.customer.CustomerSummary;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderForm;
import com.orderdesk.order.OrderLine;
import com.orderdesk.shared.TaxCategory;
import org.jspecify.annotations.Nullable;

/**
 * The 受注登録 / 受注編集 form as the browser posts it. Field names follow the order API's JSON paths
 * ({@code customer.postalCode}, {@code lines[0].quantity}, {@code adjustment.label}), so a problem
 * the order module reports lands next to the field it names. It is turned into the order API's own
 * request records, which carry the validation rules: the console adds none of its own.
 */
public class OrderForms {

    private @Nullable Long version;
    private @Nullable UUID customerId;
    private @Nullable String storedCardId;
    private Person customer = new Person();
    private Person delivery = new Person();
    private @Nullable String deliveryMethodCode;
    private @Nullable String paymentMethodCode;
    private List<Line> lines = new ArrayList<>();
    private @Nullable Long shippingFee;
    private @Nullable Long paymentFee;
    private Adjustment adjustment = new Adjustment();
    private @Nullable Long usedPoints;
    private @Nullable String customerNote;
    /** The operator ticked that the buyer changes although the payment stays with the buyer who authorized it. */
    private @Nullable Boolean buyerChangeConfirmed;

    /** An empty form with {@code blankLines} rows to fill in. */
    static OrderForms blank(int blankLines) {
        OrderForms form = new OrderForms();
        form.withBlankLines(blankLines);
        return form;
    }

    /** An empty form for an order of this member, the 注文者 fields filled from the member's details. */
    static OrderForms blankFor(CustomerSummary member, int blankLines) {
        OrderForms form = blank(blankLines);
        form.customerId = member.id();
        form.customer = Person.of(member);
        return form;
    }

    /** The order as it stands, plus one empty line row for adding a product. */
    static OrderForms of(Order order) {
        OrderForms form = new OrderForms();
        form.version = order.version();
        form.customer = Person.of(order.customer());
        form.delivery = Person.of(order.delivery());
        form.deliveryMethodCode = order.deliveryMethodCode();
        form.paymentMethodCode = order.paymentMethodCode();
        order.lines().forEach(line -> form.lines.add(Line.of(line)));
        form.shippingFee = order.shippingFee();
        form.paymentFee = order.paymentFee();
        form.adjustment.amount = order.adjustment().amount();
        form.adjustment.label = order.adjustment().label();
        form.adjustment.taxCategory = order.adjustment().taxCategory();
        form.usedPoints = order.usedPoints();
        form.customerNote = order.customerNote();
        form.withBlankLines(1);
        return form;
    }

    OrderForms withBlankLines(int count) {
        for (int i = 0; i < count; i++) {
            lines.add(new Line());
        }
        return this;
    }

    /**
     * The edit as the order API takes it; empty trailing line rows are rows the operator did not use,
     * and an empty note box leaves a note-less order without one.
     */
    OrderForm.PatchOrderRequest toPatch(@Nullable String currentNote) {
        String note = blankToNull(customerNote) == null && currentNote == null ? null
                : customerNote == null ? "" : customerNote.strip();
        return new OrderForm.PatchOrderRequest(version, customer.toCustomer(), delivery.toDelivery(),
                blankToNull(deliveryMethodCode), blankToNull(paymentMethodCode), null, null, null,
                usedLines(), shippingFee, paymentFee, adjustment.toInput(), usedPoints,
                note, buyerChangeConfirmed);
    }

    /** The new order as the order API takes it; no delivery name means deliver to the customer. */
    OrderForm.PlaceOrderRequest toPlace() {
        return new OrderForm.PlaceOrderRequest(customerId, customer.toCustomer(),
                delivery.isBlank() ? null : delivery.toDelivery(), blankToNull(deliveryMethodCode),
                blankToNull(paymentMethodCode), null, null, usedLines(), shippingFee, paymentFee,
                adjustment.toInput(), usedPoints, blankToNull(customerNote));
    }

    private List<OrderForm.LineInput> usedLines() {
        int used = lines.size();
        while (used > 0 && lines.get(used - 1).isBlank()) {
            used--;
        }
        return lines.subList(0, used).stream().map(Line::toInput).toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The stored card chosen to pay with, if any; blank means none. */
    @Nullable String chosenCard() {
        return blankToNull(storedCardId);
    }

    public @Nullable Long getVersion() { return version; }
    public @Nullable UUID getCustomerId() { return customerId; }
    public void setCustomerId(@Nullable UUID customerId) { this.customerId = customerId; }
    public @Nullable String getStoredCardId() { return storedCardId; }
    public void setStoredCardId(@Nullable String storedCardId) { this.storedCardId = storedCardId; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public Person getCustomer() { return customer; }
    public void setCustomer(Person customer) { this.customer = customer; }
    public Person getDelivery() { return delivery; }
    public void setDelivery(Person delivery) { this.delivery = delivery; }
    public @Nullable String getDeliveryMethodCode() { return deliveryMethodCode; }
    public void setDeliveryMethodCode(@Nullable String deliveryMethodCode) { this.deliveryMethodCode = deliveryMethodCode; }
    public @Nullable String getPaymentMethodCode() { return paymentMethodCode; }
    public void setPaymentMethodCode(@Nullable String paymentMethodCode) { this.paymentMethodCode = paymentMethodCode; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
    public @Nullable Long getShippingFee() { return shippingFee; }
    public void setShippingFee(@Nullable Long shippingFee) { this.shippingFee = shippingFee; }
    public @Nullable Long getPaymentFee() { return paymentFee; }
    public void setPaymentFee(@Nullable Long paymentFee) { this.paymentFee = paymentFee; }
    public Adjustment getAdjustment() { return adjustment; }
    public void setAdjustment(Adjustment adjustment) { this.adjustment = adjustment; }
    public @Nullable Long getUsedPoints() { return usedPoints; }
    public void setUsedPoints(@Nullable Long usedPoints) { this.usedPoints = usedPoints; }
    public @Nullable String getCustomerNote() { return customerNote; }
    public void setCustomerNote(@Nullable String customerNote) { this.customerNote = customerNote; }
    public @Nullable Boolean getBuyerChangeConfirmed() { return buyerChangeConfirmed; }
    public void setBuyerChangeConfirmed(@Nullable Boolean buyerChangeConfirmed) { this.buyerChangeConfirmed = buyerChangeConfirmed; }

    /** 注文者 or お届け先: the customer's fields; e-mail and mobile phone are only used for the customer. */
    public static class Person extends PostalAddressFields {
        private @Nullable String name;
        private @Nullable String kana;
        private @Nullable String email;
        private @Nullable String phone;
        private @Nullable String mobilePhone;
        private @Nullable String company;

        static Person of(CustomerDetails details) {
            Person person = new Person();
            person.name = details.name();
            person.kana = details.kana();
            person.email = details.email();
            person.phone = details.phone();
            person.mobilePhone = details.mobilePhone();
            person.company = details.company();
            person.fillAddress(details.postalCode(), details.prefecture(), details.city(),
                    details.address1(), details.address2());
            return person;
        }

        static Person of(CustomerSummary member) {
            Person person = new Person();
            person.name = member.name();
            person.kana = member.kana();
            person.email = member.email();
            person.phone = member.phone();
            person.mobilePhone = member.mobilePhone();
            person.company = member.company();
            if (member.address() != null) {
                person.fillAddress(member.address().postalCode(), member.address().prefecture(), member.address().city(),
                        member.address().address1(), member.address().address2());
            }
            return person;
        }

        static Person of(DeliveryAddress address) {
            Person person = new Person();
            person.name = address.name();
            person.kana = address.kana();
            person.phone = address.phone();
            person.company = address.company();
            person.fillAddress(address.postalCode(), address.prefecture(), address.city(),
                    address.address1(), address.address2());
            return person;
        }

        boolean isBlank() {
            return blankToNull(name) == null && blankToNull(phone) == null && blankToNull(postalCode) == null
                    && blankToNull(city) == null && blankToNull(address1) == null;
        }

        @SuppressWarnings("NullAway")
        OrderForm.CustomerInput toCustomer() {
            return new OrderForm.CustomerInput(name, blankToNull(kana), email, phone, blankToNull(mobilePhone),
                    blankToNull(company), postalCode, prefecture, city, address1, blankToNull(address2));
        }

        @SuppressWarnings("NullAway")
        OrderForm.DeliveryInput toDelivery() {
            return new OrderForm.DeliveryInput(name, blankToNull(kana), phone, blankToNull(company), postalCode,
                    prefecture, city, address1, blankToNull(address2));
        }

        public @Nullable String getName() { return name; }
        public void setName(@Nullable String name) { this.name = name; }
        public @Nullable String getKana() { return kana; }
        public void setKana(@Nullable String kana) { this.kana = kana; }
        public @Nullable String getEmail() { return email; }
        public void setEmail(@Nullable String email) { this.email = email; }
        public @Nullable String getPhone() { return phone; }
        public void setPhone(@Nullable String phone) { this.phone = phone; }
        public @Nullable String getMobilePhone() { return mobilePhone; }
        public void setMobilePhone(@Nullable String mobilePhone) { this.mobilePhone = mobilePhone; }
        public @Nullable String getCompany() { return company; }
        public void setCompany(@Nullable String company) { this.company = company; }
    }

    /** One product row. */
    public static class Line {
        private @Nullable String productCode;
        private @Nullable String productName;
        private @Nullable Long unitPrice;
        private @Nullable Integer quantity;
        private TaxCategory taxCategory = TaxCategory.STANDARD_10;
        /** ダウンロード・サービス商品: goods that do not ship. */
        private boolean digital;

        static Line of(OrderLine line) {
            Line row = new Line();
            row.productCode = line.productCode();
            row.productName = line.productName();
            row.unitPrice = line.unitPrice();
            row.quantity = line.quantity();
            row.taxCategory = line.taxCategory();
            row.digital = line.digital();
            return row;
        }

        boolean isBlank() {
            return blankToNull(productCode) == null && blankToNull(productName) == null && unitPrice == null
                    && quantity == null;
        }

        @SuppressWarnings("NullAway")
        OrderForm.LineInput toInput() {
            return new OrderForm.LineInput(productCode, productName, unitPrice, quantity, taxCategory, digital);
        }

        public @Nullable String getProductCode() { return productCode; }
        public void setProductCode(@Nullable String productCode) { this.productCode = productCode; }
        public @Nullable String getProductName() { return productName; }
        public void setProductName(@Nullable String productName) { this.productName = productName; }
        public @Nullable Long getUnitPrice() { return unitPrice; }
        public void setUnitPrice(@Nullable Long unitPrice) { this.unitPrice = unitPrice; }
        public @Nullable Integer getQuantity() { return quantity; }
        public void setQuantity(@Nullable Integer quantity) { this.quantity = quantity; }
        public TaxCategory getTaxCategory() { return taxCategory; }
        public void setTaxCategory(TaxCategory taxCategory) { this.taxCategory = taxCategory; }
        public boolean isDigital() { return digital; }
        public void setDigital(boolean digital) { this.digital = digital; }
    }

    /** 金額調整. */
    public static class Adjustment {
        private @Nullable Long amount;
        private @Nullable String label;
        private TaxCategory taxCategory = TaxCategory.STANDARD_10;

        OrderForm.AdjustmentInput toInput() {
            return new OrderForm.AdjustmentInput(amount == null ? 0L : amount, label, taxCategory);
        }

        public @Nullable Long getAmount() { return amount; }
        public void setAmount(@Nullable Long amount) { this.amount = amount; }
        public @Nullable String getLabel() { return label; }
        public void setLabel(@Nullable String label) { this.label = label; }
        public TaxCategory getTaxCategory() { return taxCategory; }
        public void setTaxCategory(TaxCategory taxCategory) { this.taxCategory = taxCategory; }
    }
}
