package com.orderdesk.customer.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.orderdesk.shared.Csv;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group membership changes in bulk, as JSON or as the CSV round trip CS-Cart operators know
 * (export, edit the group column in a spreadsheet, import). Each customer is changed in its own
 * transaction, so one bad row never stops the others, and applying the same change twice is a no-op.
 */
@Service
public class GroupMemberships {

    static final List<String> CSV_HEADER = List.of("customer_id", "email", "name", "groups");
    /** Group codes in the CSV's {@code groups} column are separated by this character. */
    static final String CODE_SEPARATOR = ";";

    private final CustomerRepository customers;
    private final CustomerGroupRepository groups;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GroupMemberships(CustomerRepository customers, CustomerGroupRepository groups,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.customers = customers;
        this.groups = groups;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * One customer's change: identified by id or, failing that, e-mail; {@code set} replaces all
     * memberships, otherwise {@code add} and {@code remove} apply to the current ones.
     */
    public record Change(@Nullable UUID customerId, @Nullable String email, @Nullable Set<String> set,
            Set<String> add, Set<String> remove) {
    }

    /** The outcome for one customer (or CSV row). */
    public record Result(@Nullable Integer row, @Nullable UUID customerId, @Nullable String email, boolean succeeded,
            boolean changed, Set<String> groups, @Nullable String errorType, @Nullable String error) {
    }

    public List<Result> apply(List<Change> changes) {
        List<Result> results = new ArrayList<>();
        for (Change change : changes) {
            results.add(applyOne(null, change));
        }
        return results;
    }

    /** Every customer (or the members of one group) with its groups, as a spreadsheet CSV ({@link Csv}). */
    public byte[] exportCsv(@Nullable String groupCode) {
        List<List<String>> rows = transactions.execute(tx -> customers.findAll(Sort.by("email")).stream()
                .filter(customer -> groupCode == null || customer.groupCodes().contains(groupCode))
                .map(customer -> List.of(customer.id().toString(), customer.email(), customer.name(),
                        String.join(CODE_SEPARATOR, new TreeSet<>(customer.groupCodes()))))
                .toList());
        return Csv.write(Csv.Target.SPREADSHEET, CSV_HEADER, rows == null ? List.of() : rows);
    }

    /**
     * Applies a CSV in the export layout: each row's {@code groups} become the customer's groups.
     *
     * @throws InvalidInput when the file is not valid CSV (naming the line) or the header lacks a
     *         column the import needs; nothing is applied then
     */
    public List<Result> importCsv(String text) {
        List<Csv.Row> rows = Csv.parse(text, "file");
        if (rows.isEmpty()) {
            throw new InvalidInput("file", "is empty; expected the header " + String.join(",", CSV_HEADER));
        }
        List<String> header = rows.getFirst().fields().stream().map(String::strip).toList();
        int idColumn = header.indexOf("customer_id");
        int emailColumn = header.indexOf("email");
        int groupsColumn = header.indexOf("groups");
        if (groupsColumn < 0 || (idColumn < 0 && emailColumn < 0)) {
            throw new InvalidInput("file", "the header must name the columns groups and customer_id or email, found "
                    + String.join(",", header));
        }
        List<Result> results = new ArrayList<>();
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
                    results.add(failure(rowNumber, null, email, "validation", "customer_id '" + idText + "' is not a UUID"));
                    continue;
                }
            }
            if (id == null && email.isEmpty()) {
                results.add(failure(rowNumber, null, null, "validation", "row names neither customer_id nor email"));
                continue;
            }
            if (groupsColumn >= row.size()) {
                results.add(failure(rowNumber, id, email, "validation", "row has no groups column"));
                continue;
            }
            Set<String> codes = parseCodes(cell(row, groupsColumn));
            results.add(applyOne(rowNumber, new Change(id, email.isEmpty() ? null : email, codes, Set.of(), Set.of())));
        }
        return results;
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
            return customers.findByEmailIgnoringCase(change.email()).orElseThrow(() -> new CustomerNotFound(change.email()));
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
