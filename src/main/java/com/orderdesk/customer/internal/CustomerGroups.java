package com.orderdesk.customer.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/** The catalogue of user groups. Removing a group drops its memberships (by the foreign key). */
@Service
@NamedInterface("customers")
public class CustomerGroups {

    private final CustomerGroupRepository groups;
    private final Clock clock;

    CustomerGroups(CustomerGroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional
    public CustomerGroup create(String code, String name, @Nullable String description) {
        if (groups.findByCode(code).isPresent()) {
            throw new GroupCodeTaken(code);
        }
        return groups.saveAndFlush(new CustomerGroup(code, name, description, clock.instant()));
    }

    @Transactional(readOnly = true)
    public CustomerGroup get(String code) {
        return groups.findByCode(code).orElseThrow(() -> new GroupNotFound(code));
    }

    @Transactional(readOnly = true)
    public List<CustomerGroup> all() {
        return groups.findAllByCode();
    }

    @Transactional(readOnly = true)
    public long memberCount(String code) {
        return groups.countMembers(code);
    }

    @Transactional
    public CustomerGroup update(String code, String name, @Nullable String description) {
        CustomerGroup group = get(code);
        group.rename(name, description);
        return group;
    }

    @Transactional
    public void remove(String code) {
        groups.delete(get(code));
    }
}
