package com.orderdesk.payment.internal.methods;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Payment methods by code. */
interface PaymentMethodRepository extends JpaRepository<PaymentMethod, String> {

    List<PaymentMethod> findAllByOrderBySortOrderAscCodeAsc();

    List<PaymentMethod> findByEnabledTrueOrderBySortOrderAscCodeAsc();
}
