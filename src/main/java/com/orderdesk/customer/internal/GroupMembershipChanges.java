package com.orderdesk.customer.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.orderdesk.customer.internal.GroupMemberships.Change;
import com.orderdesk.customer.internal.GroupMemberships.Result;
import com.orderdesk.shared.Csv;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shared.jobs.BulkJobHandler;
import com.orderdesk.shared.jobs.BulkJobHandler.NewItem;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of {@link GroupMemberships}: reading the import CSV into one change per row, and applying
 * one customer's change in the caller's transaction (the job's, so the change and its result commit
 * together). Applying the same change twice is a no-op.
 */
@Component
class GroupMembershipChanges {

    private final CustomerRepository customers;
    private final CustomerGroupRepository groups;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JsonMapper json;

    GroupMembershipChanges(CustomerRepository customers, CustomerGroupRepository groups,
            PlatformTransactionManager transactionManager, Clock clock, JsonMapper json) {
        this.json = json;
        this.customers = customers;
        this.groups = groups;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One row's (or one JSON entry's) change as a job item's input. */
    record Planned(@Nullable Integer row, Change change) {
    }

    /**
     * Reads a CSV in the export layout: each row's {@code groups} are to become the customer's
     * groups. A row that names no customer, or a customer id that is not one, is decided at once.
     *
     * @throws InvalidInput when the file is not valid CSV (naming the line) or the header lacks a
     *         column the import needs; nothing is applied then
     */
    List<NewItem> planCsv(String text) {
        List<Csv.Row> rows = Csv.parse(text, "file");
        if (rows.isEmpty()) {
            throw new InvalidInput("file", "is empty; expected the header " + String.join(",", GroupMemberships.CSV_HEADER));
        }
        List<String> header = rows.getFirst().fields().stream().map(String::strip).toList();
        int idColumn = header.indexOf("customer_id");
        int emailColumn = header.indexOf("email");
        int groupsColumn = header.indexOf("groups");
        if (groupsColumn < 0 || (idColumn < 0 && emailColumn < 0)) {
            throw new InvalidInput("file", "the header must name the columns groups and customer_id or email, found "
                    + String.join(",", header));
        }
        List<NewItem> results = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i).fields();
            int rowNumber = (int) rows.get(i).line();
            String idText = cell(row, idColumn);
            String email = cell(row, emailColumn);
            UUID id = null;
            if (!idText.isEmpty()) {
                try {
                    id = UUID.fromString(idText);
                } catch (IllegalArgumentException ex) {
                    results.add(decided(failure(rowNumber, null, email, "validation", "customer_id '" + idText + "' is not a UUID")));
                    continue;
                }
            }
            if (id == null && email.isEmpty()) {
                results.add(decided(failure(rowNumber, null, null, "validation", "row names neither customer_id nor email")));
                continue;
            }
            if (groupsColumn >= row.size()) {
                results.add(decided(failure(rowNumber, id, email, "validation", "row has no groups column")));
                continue;
            }
            Set<String> codes = parseCodes(cell(row, groupsColumn));
            results.add(item(rowNumber, new Change(id, email.isEmpty() ? null : email, codes, Set.of(), Set.of())));
        }
        return results;
    }

    /** One change as a job item, known by its customer id, else its e-mail. */
    NewItem item(@Nullable Integer row, Change change) {
        String reference = change.customerId() != null ? change.customerId().toString()
                : change.email() != null ? change.email() : "";
        return NewItem.of(row, reference, json.writeValueAsString(new Planned(row, change)));
    }

    /** A planned item applied: the customer's groups changed, or why not. */
    Result apply(String input) {
        Planned planned = json.readValue(input, Planned.class);
        return applyOne(planned.row(), planned.change());
    }

    private static NewItem decided(Result failure) {
        String reference = failure.customerId() != null ? failure.customerId().toString()
                : failure.email() != null ? failure.email() : "";
        return NewItem.decided(failure.row(), reference,
                new BulkJobHandler.Result(false, String.valueOf(failure.errorType()), failure.error(), failure));
    }

    private Result applyOne(@Nullable Integer row, Change change) {
        try {
            return transactions.execute(tx -> {
                Customer customer = locate(change);
                Set<String> target = new LinkedHashSet<>(change.set() != null ? change.set() : customer.groupCodes());
                target.addAll(change.add());
                target.removeAll(change.remove());
                Set<String> mentioned = new LinkedHashSet<>(target);
                mentioned.addAll(change.remove());
                List<String> unknown = mentioned.stream().filter(code -> groups.findByCode(code).isEmpty()).toList();
                if (!unknown.isEmpty()) {
                    throw new GroupNotFound(String.join(", ", unknown));
                }
                boolean changed = customer.replaceGroups(target, clock.instant());
                customers.saveAndFlush(customer);
                return new Result(row, customer.id(), customer.email(), true, changed, new TreeSet<>(target), null, null);
            });
        } catch (ProblemException refused) {
            return failure(row, change.customerId(), change.email(), refused.type(), refused.getMessage());
        } catch (OptimisticLockingFailureException raced) {
            return failure(row, change.customerId(), change.email(), "stale-version",
                    "the customer was changed at the same moment; try again");
        }
    }

    private Customer locate(Change change) {
        if (change.customerId() != null) {
            return customers.findById(change.customerId())
                    .orElseThrow(() -> new CustomerNotFound(change.customerId().toString()));
        }
        if (change.email() != null) {
            List<Customer> holders = customers.findAllByEmailIgnoringCase(change.email());
            if (holders.size() > 1) {
                // Addresses are unique per store only; guessing one store's member would change the wrong one.
                throw new InvalidInput("email", "%d customers of different stores have %s; give the customerId instead"
                        .formatted(holders.size(), change.email()));
            }
            return holders.stream().findFirst().orElseThrow(() -> new CustomerNotFound(change.email()));
        }
        throw new InvalidInput("customerId", "customerId or email is required");
    }

    private static Result failure(@Nullable Integer row, @Nullable UUID id, @Nullable String email, String type,
            @Nullable String message) {
        return new Result(row, id, email == null || email.isEmpty() ? null : email, false, false, Set.of(), type, message);
    }

    private static Set<String> parseCodes(String cell) {
        return java.util.Arrays.stream(cell.split("[;,\\s]+")).map(String::strip).filter(code -> !code.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).strip();
    }
}
