package com.orderdesk.access.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorAccountRepository extends JpaRepository<OperatorAccount, UUID> {

    Optional<OperatorAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
