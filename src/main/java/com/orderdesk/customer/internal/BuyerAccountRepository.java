package com.orderdesk.customer.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BuyerAccountRepository extends JpaRepository<BuyerAccount, UUID> {

    /** Unsettled accounts whose next screening check is due, locked so that one instance polls each. */
    @Query(value = """
            select customer_id from customer_buyer_accounts where not settled and next_check_at <= ?1
            order by next_check_at limit ?2 for update skip locked""", nativeQuery = true)
    List<UUID> lockDue(Instant now, int limit);

    /** The lease: the claimed rows are due again only at {@code until} (when this instance dies mid-way). */
    @Modifying
    @Query(value = "update customer_buyer_accounts set next_check_at = ?2 where customer_id in (?1)", nativeQuery = true)
    void lease(List<UUID> ids, Instant until);

    boolean existsByBuyerId(String buyerId);
}
