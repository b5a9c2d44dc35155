package com.orderdesk.console.web;

import java.util.ArrayList;
import java.util.List;

import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerAddress;
import com.orderdesk.customer.internal.CustomerInput;
import org.jspecify.annotations.Nullable;

/**
 * 顧客編集 as the browser posts it. Field names follow the admin API's JSON paths ({@code email},
 * {@code addresses[1].postalCode}), so a problem the customer module's rules report lands next to
 * its field; the form turns into the module's own {@link CustomerInput}, which carries the rules.
 * Address rows left wholly empty are dropped (that is how an address is removed).
 */
public class CustomerForm {

    private @Nullable Long version;
    private @Nullable String name;
    private @Nullable String kana;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String mobilePhone;
    private @Nullable String company;
    private @Nullable String note;
    private List<Address> addresses = new ArrayList<>();

    /** The member as stored, plus one empty address row for adding one. */
    static CustomerForm of(Customer customer) {
        CustomerForm form = new CustomerForm();
        form.version = customer.version();
        form.name = customer.name();
        form.kana = customer.kana();
        form.email = customer.email();
        form.phone = customer.phone();
        form.mobilePhone = customer.mobilePhone();
        form.company = customer.company();
        form.note = customer.note();
        customer.addresses().forEach(address -> form.addresses.add(Address.of(address)));
        return form.withBlankAddress();
    }

    /** One empty row to add an address in, unless the member has as many as the module allows. */
    CustomerForm withBlankAddress() {
        if (addresses.size() < CustomerInput.MAX_ADDRESSES && addresses.stream().noneMatch(Address::isBlank)) {
            addresses.add(new Address());
        }
        return this;
    }

    /** The module's input, and for each of its addresses the form row it came from. */
    record Submitted(CustomerInput input, List<Integer> addressRows) {
    }

    Submitted toInput() {
        List<CustomerInput.AddressInput> kept = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < addresses.size(); row++) {
            Address address = addresses.get(row);
            if (!address.isBlank()) {
                kept.add(address.toInput());
                rows.add(row);
            }
        }
        return new Submitted(new CustomerInput(text(name), kana, text(email), phone, mobilePhone, company, note, kept),
                rows);
    }

    /** A required text the browser left out is empty, which the module's rules refuse by name. */
    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** One address row of the form. */
    public static class Address extends PostalAddressFields {

        private @Nullable String label;
        private @Nullable String name;
        private @Nullable String phone;

        static Address of(CustomerAddress stored) {
            Address address = new Address();
            address.label = stored.label();
            address.name = stored.name();
            address.phone = stored.phone();
            address.fillAddress(stored.postalCode(), stored.prefecture(), stored.city(),
                    stored.address1(), stored.address2());
            return address;
        }

        public boolean isBlank() {
            return java.util.stream.Stream.of(label, name, phone, postalCode, prefecture, city, address1, address2)
                    .allMatch(value -> value == null || value.isBlank());
        }

        CustomerInput.AddressInput toInput() {
            return new CustomerInput.AddressInput(label, name, phone, text(postalCode), text(prefecture), text(city),
                    text(address1), address2);
        }

        public @Nullable String getLabel() { return label; }
        public void setLabel(@Nullable String label) { this.label = label; }
        public @Nullable String getName() { return name; }
        public void setName(@Nullable String name) { this.name = name; }
        public @Nullable String getPhone() { return phone; }
        public void setPhone(@Nullable String phone) { this.phone = phone; }
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
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
    public @Nullable String getNote() { return note; }
    public void setNote(@Nullable String note) { this.note = note; }
    public List<Address> getAddresses() { return addresses; }
    public void setAddresses(List<Address> addresses) { this.addresses = addresses; }
}
