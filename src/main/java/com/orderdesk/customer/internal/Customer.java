package com.orderdesk.customer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A member (会員): contact details, saved addresses and the codes of the user groups it belongs to. */
@Entity
@Table(name = "customers")
@NamedInterface("customers")
public class Customer {

    @Id
    private UUID id;

    private String name;
    private @Nullable String kana;
    private String email;
    private @Nullable String phone;

    @Column(name = "mobile_phone")
    private @Nullable String mobilePhone;

    private @Nullable String company;
    private @Nullable String note;

    // Search keys PostgreSQL computes (V460); mapped only so the member search can query them.
    @Column(name = "name_search", insertable = false, updatable = false)
    private @Nullable String nameSearch;
    @Column(name = "kana_search", insertable = false, updatable = false)
    private @Nullable String kanaSearch;
    @Column(name = "company_search", insertable = false, updatable = false)
    private @Nullable String companySearch;
    @Column(name = "phone_digits", insertable = false, updatable = false)
    private @Nullable String phoneDigits;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_addresses", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<CustomerAddress> addresses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_group_members", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "group_code")
    private Set<String> groupCodes = new LinkedHashSet<>();

    /** The integrator's store that registered the member through the store API; null for operators' members. */
    @Column(name = "store_id", updatable = false)
    private @Nullable UUID storeId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(CustomerData data, Instant at) {
        this(data, at, null);
    }

    public Customer(CustomerData data, Instant at, @Nullable UUID storeId) {
        this.id = UUID.randomUUID();
        this.createdAt = at;
        this.storeId = storeId;
        apply(data, at);
    }

    public void apply(CustomerData data, Instant at) {
        this.name = data.name();
        this.kana = data.kana();
        this.email = data.email();
        this.phone = data.phone();
        this.mobilePhone = data.mobilePhone();
        this.company = data.company();
        this.note = data.note();
        this.addresses = new ArrayList<>(data.addresses());
        this.updatedAt = at;
    }

    /** Replaces the memberships; returns whether they changed. */
    public boolean replaceGroups(Set<String> codes, Instant at) {
        if (groupCodes.equals(codes)) {
            return false;
        }
        groupCodes = new LinkedHashSet<>(codes);
        updatedAt = at;
        return true;
    }

    public UUID id() {
        return id;
    }

    public @Nullable UUID storeId() {
        return storeId;
    }

    public String name() {
        return name;
    }

    public @Nullable String kana() {
        return kana;
    }

    public String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String mobilePhone() {
        return mobilePhone;
    }

    public @Nullable String company() {
        return company;
    }

    public @Nullable String note() {
        return note;
    }

    public List<CustomerAddress> addresses() {
        return List.copyOf(addresses);
    }

    public Set<String> groupCodes() {
        return Set.copyOf(groupCodes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
