package com.orderdesk.customer.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.orderdesk.customer.BuyerAccounts;
import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerAddress;
import com.orderdesk.customer.internal.CustomerDirectory;
import com.orderdesk.customer.internal.CustomerInput;
import com.orderdesk.shared.StoreCaller;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members (会員) a storefront registers (API key). They belong to the key's store: only that store
 * reads them and names them in its orders (and so pays with their stored cards); another store's
 * member is 404 like one that does not exist. Operators see and manage all members in the admin API.
 */
@RestController
@RequestMapping("/api/store/customers")
class StoreCustomerController {

    private final CustomerDirectory directory;
    private final BuyerAccounts buyers;

    StoreCustomerController(CustomerDirectory directory, BuyerAccounts buyers) {
        this.directory = directory;
        this.buyers = buyers;
    }

    /** A member as its store sees it: no operator note; the buyer account when there is one. */
    record StoreCustomerView(UUID id, String name, @Nullable String kana, String email, @Nullable String phone,
            @Nullable String mobilePhone, @Nullable String company, List<CustomerAddress> addresses,
            Set<String> groups, Instant createdAt, Instant updatedAt, @Nullable BuyerAccountSummary buyerAccount) {

        static StoreCustomerView of(Customer customer, @Nullable BuyerAccountSummary buyerAccount) {
            return new StoreCustomerView(customer.id(), customer.name(), customer.kana(), customer.email(),
                    customer.phone(), customer.mobilePhone(), customer.company(), customer.addresses(),
                    new TreeSet<>(customer.groupCodes()), customer.createdAt(), customer.updatedAt(), buyerAccount);
        }
    }

    @PostMapping
    ResponseEntity<StoreCustomerView> register(@Valid @RequestBody CustomerInput input) {
        Customer customer = directory.registerForStore(input.toData(), StoreCaller.currentStore());
        return ResponseEntity.created(URI.create("/api/store/customers/" + customer.id()))
                .body(StoreCustomerView.of(customer, null));
    }

    @GetMapping("/{id}")
    StoreCustomerView get(@PathVariable UUID id) {
        Customer customer = directory.getForStore(id, StoreCaller.currentStore());
        return StoreCustomerView.of(customer, BuyerAccountSummary.of(buyers.find(customer.id())));
    }
}
