package com.orderdesk.customer.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.orderdesk.shared.Csv;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.jobs.BulkJob;
import com.orderdesk.shared.jobs.BulkJobHandler.NewItem;
import com.orderdesk.shared.jobs.BulkJobs;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group membership changes in bulk, as JSON or as the CSV round trip CS-Cart operators know
 * (export, edit the group column in a spreadsheet, import), run as durable bulk jobs
 * ({@link BulkJobs}, kind {@value GroupImportJob#KIND}): each customer is changed in one
 * transaction with its result, so one bad row never stops the others and a job interrupted by a
 * crash resumes without changing a customer twice; applying the same change twice is a no-op.
 * Each item's detail is its {@link Result}.
 */
@Service
@NamedInterface("customers")
public class GroupMemberships {

    static final List<String> CSV_HEADER = List.of("customer_id", "email", "name", "groups");
    /** Group codes in the CSV's {@code groups} column are separated by this character. */
    static final String CODE_SEPARATOR = ";";

    private final CustomerRepository customers;
    private final GroupMembershipChanges changes;
    private final BulkJobs jobs;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    GroupMemberships(CustomerRepository customers, GroupMembershipChanges changes, BulkJobs jobs, JsonMapper json,
            PlatformTransactionManager transactionManager) {
        this.customers = customers;
        this.changes = changes;
        this.jobs = jobs;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
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

    /** Applies the changes on the caller's thread; a result per change, in order. */
    public List<Result> apply(List<Change> requested) {
        return run(requested.stream().map(change -> changes.item(null, change)).toList());
    }

    /**
     * Applies a CSV in the export layout on the caller's thread: each row's {@code groups} become
     * the customer's groups; a result per data row.
     *
     * @throws InvalidInput when the file is not valid CSV (naming the line) or the header lacks a
     *         column the import needs; nothing is applied then
     */
    public List<Result> importCsv(String text) {
        return run(changes.planCsv(text));
    }

    /**
     * Starts a CSV import in the background; follow it at {@code /api/admin/jobs/{id}}.
     *
     * @throws InvalidInput as {@link #importCsv}, or when the file has no data row; no job exists then
     */
    public BulkJob startImport(String text) {
        List<NewItem> items = changes.planCsv(text);
        if (items.isEmpty()) {
            throw new InvalidInput("file", "has no data rows below the header");
        }
        return jobs.start(GroupImportJob.KIND, "{}", items);
    }

    private List<Result> run(List<NewItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        return jobs.runNow(GroupImportJob.KIND, "{}", items).items().stream()
                .map(item -> json.treeToValue(item.detail(), Result.class)).toList();
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
}
