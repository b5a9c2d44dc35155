package com.orderdesk.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    Optional<ApiKey> findByPrefix(String prefix);

    boolean existsByNameAndRevokedAtIsNull(String name);

    List<ApiKey> findAllByOrderByCreatedAtDesc();
}
