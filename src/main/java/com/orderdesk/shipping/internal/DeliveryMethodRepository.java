package com.orderdesk.shipping.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeliveryMethodRepository extends JpaRepository<DeliveryMethod, UUID> {

    @Query("select m from DeliveryMethod m where m.code = :code")
    Optional<DeliveryMethod> findByCode(String code);

    @Query("select m from DeliveryMethod m order by m.code")
    List<DeliveryMethod> findAllByCode();
}
