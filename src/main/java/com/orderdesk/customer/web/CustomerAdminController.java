package com.orderdesk.customer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.orderdesk.customer.BuyerAccounts;
import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerDirectory;
import com.orderdesk.customer.internal.GroupMemberships.Result;
import com.orderdesk.customer.internal.GroupMemberships;
import com.orderdesk.customer.web.CustomerInputs.BulkMembershipRequest;
import com.orderdesk.customer.internal.CustomerInput;
import com.orderdesk.customer.web.CustomerInputs.MembershipChangeInput;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The member screens (会員管理): list and search, register, edit, remove, bulk group membership. */
@RestController
@Validated
@RequestMapping("/api/admin/customers")
class CustomerAdminController {

    private final CustomerDirectory directory;
    private final GroupMemberships memberships;
    private final BuyerAccounts buyers;

    CustomerAdminController(CustomerDirectory directory, GroupMemberships memberships, BuyerAccounts buyers) {
        this.buyers = buyers;
        this.directory = directory;
        this.memberships = memberships;
    }

    record CustomerPage(List<CustomerView> items, int page, int size, long totalElements, int totalPages) {
    }

    record BulkMembershipResponse(int succeeded, int failed, List<Result> results) {

        static BulkMembershipResponse of(List<Result> results) {
            int succeeded = (int) results.stream().filter(Result::succeeded).count();
            return new BulkMembershipResponse(succeeded, results.size() - succeeded, results);
        }
    }

    @GetMapping
    CustomerPage search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<Customer> found = directory.search(new CustomerDirectory.Criteria(q, email, group, page, size));
        return new CustomerPage(found.map(CustomerView::of).getContent(), page, size, found.getTotalElements(),
                found.getTotalPages());
    }

    @PostMapping
    ResponseEntity<CustomerView> register(@Valid @RequestBody CustomerInput input) {
        Customer customer = directory.register(input.toData());
        return EntityTags.created("/api/admin/customers/" + customer.id(), customer.version(), CustomerView.of(customer));
    }

    @GetMapping("/{id}")
    ResponseEntity<CustomerView> get(@PathVariable UUID id) {
        Customer customer = directory.get(id);
        return EntityTags.ok(customer.version(), CustomerView.of(customer, BuyerAccountSummary.of(buyers.find(id))));
    }

    /** If-Match (the ETag of GET) is required: 428 without it, 412 when the customer changed meanwhile. */
    @PutMapping("/{id}")
    ResponseEntity<CustomerView> update(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody CustomerInput input) {
        Customer customer = directory.update(id, input.toData(), EntityTags.requiredVersion(ifMatch, "customer"));
        return EntityTags.ok(customer.version(), CustomerView.of(customer));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        directory.remove(id);
        return ResponseEntity.noContent().build();
    }

    /** Adds, removes or replaces group memberships of many customers; a result per customer. */
    @PostMapping("/bulk/groups")
    BulkMembershipResponse changeGroups(@Valid @RequestBody BulkMembershipRequest request) {
        return BulkMembershipResponse.of(memberships.apply(
                request.changes().stream().map(MembershipChangeInput::toChange).toList()));
    }

    /** Customers and their groups as UTF-8 CSV (with BOM, so spreadsheet programs read it as UTF-8). */
    @GetMapping(path = "/groups.csv")
    ResponseEntity<byte[]> exportGroups(@RequestParam(required = false) @Nullable String group) {
        byte[] csv = memberships.exportCsv(group);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-groups.csv\"")
                .body(csv);
    }

    @PostMapping(path = "/groups.csv", consumes = "text/csv")
    BulkMembershipResponse importGroups(@RequestBody byte[] body) {
        return BulkMembershipResponse.of(memberships.importCsv(utf8(body)));
    }

    @PostMapping(path = "/groups.csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    BulkMembershipResponse importGroupsFile(@RequestPart("file") MultipartFile file) throws IOException {
        return BulkMembershipResponse.of(memberships.importCsv(utf8(file.getBytes())));
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException ex) {
            throw new InvalidInput("file", "is not UTF-8 text; export the file again or save it as CSV UTF-8");
        }
    }
}
