package com.orderdesk.customer.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, UUID>, JpaSpecificationExecutor<Customer> {

    boolean existsByIdAndStoreId(UUID id, UUID storeId);

    /** The member with this address in one store, or among the operators' own members when storeId is null. */
    @Query("select c from Customer c where lower(c.email) = lower(:email)"
            + " and (c.storeId = :storeId or (c.storeId is null and :storeId is null))")
    Optional<Customer> findByEmailInStore(String email, @Nullable UUID storeId);

    /** Every member with this address, whichever store registered them. */
    @Query("select c from Customer c where lower(c.email) = lower(:email)")
    List<Customer> findAllByEmailIgnoringCase(String email);

    @Query(value = "select group_code from customer_group_members where customer_id = :customerId", nativeQuery = true)
    List<String> groupCodesOf(UUID customerId);
}
