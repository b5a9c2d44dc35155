package com.orderdesk.customer.web;

import java.net.URI;
import java.util.List;

import com.orderdesk.customer.internal.CustomerGroup;
import com.orderdesk.customer.internal.CustomerGroups;
import com.orderdesk.customer.web.CustomerInputs.GroupInput;
import com.orderdesk.customer.web.CustomerInputs.GroupUpdateInput;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User groups (ユーザーグループ) such as "kakebarai buyer": list, create, rename, remove. */
@RestController
@RequestMapping("/api/admin/customer-groups")
class CustomerGroupAdminController {

    private final CustomerGroups groups;

    CustomerGroupAdminController(CustomerGroups groups) {
        this.groups = groups;
    }

    record GroupView(String code, String name, @Nullable String description, long members) {
    }

    @GetMapping
    List<GroupView> list() {
        return groups.all().stream().map(this::view).toList();
    }

    @PostMapping
    ResponseEntity<GroupView> create(@Valid @RequestBody GroupInput input) {
        CustomerGroup group = groups.create(input.code(), input.name().strip(), CustomerInputs.blankToNull(input.description()));
        return ResponseEntity.created(URI.create("/api/admin/customer-groups/" + group.code())).body(view(group));
    }

    @GetMapping("/{code}")
    GroupView get(@PathVariable String code) {
        return view(groups.get(code));
    }

    @PutMapping("/{code}")
    GroupView update(@PathVariable String code, @Valid @RequestBody GroupUpdateInput input) {
        return view(groups.update(code, input.name().strip(), CustomerInputs.blankToNull(input.description())));
    }

    @DeleteMapping("/{code}")
    ResponseEntity<Void> remove(@PathVariable String code) {
        groups.remove(code);
        return ResponseEntity.noContent().build();
    }

    private GroupView view(CustomerGroup group) {
        return new GroupView(group.code(), group.name(), group.description(), groups.memberCount(group.code()));
    }
}
