package com.orderdesk.customer.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, UUID>, JpaSpecificationExecutor<Customer> {

    boolean existsByIdAndStoreId(UUID id, UUID storeId);


    @Query("select c from Customer c where lower(c.email) = lower(:email)")
    Optional<Customer> findByEmailIgnoringCase(String email);

    @Query(value = "select group_code from customer_group_members where customer_id = :customerId", nativeQuery = true)
    List<String> groupCodesOf(UUID customerId);
}
