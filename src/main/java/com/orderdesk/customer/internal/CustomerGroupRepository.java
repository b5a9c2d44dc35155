package com.orderdesk.customer.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerGroupRepository extends JpaRepository<CustomerGroup, UUID> {

    @Query("select g from CustomerGroup g where g.code = :code")
    Optional<CustomerGroup> findByCode(String code);

    @Query("select g from CustomerGroup g order by g.code")
    List<CustomerGroup> findAllByCode();

    @Query(value = "select count(*) from customer_group_members where group_code = :code", nativeQuery = true)
    long countMembers(String code);
}
