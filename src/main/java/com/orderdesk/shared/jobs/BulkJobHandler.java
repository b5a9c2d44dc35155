package com.orderdesk.shared.jobs;

import org.jspecify.annotations.Nullable;

/**
 * What one kind of bulk job does with one item; a module contributes a bean per kind and
 * {@link BulkJobs} does the rest (storage, resuming, counts, results, metrics).
 * <p>
 * {@link #process} runs inside the transaction that also records the item's result: a succeeded
 * item's change and its result commit together, a failed item's changes are rolled back. So a
 * handler needs no bookkeeping of its own to never apply an item twice, as long as its change is
 * made in the caller's transaction (Spring's default propagation) and not in a new one.
 */
public interface BulkJobHandler {

    /** The kind's name, stored with each job: upper snake case, at most 32 characters. */
    String kind();

    /**
     * Applies one item as the operator who started the job.
     *
     * @param parameters the job's parameters as given to {@link BulkJobs#start}
     * @param input the item's input as given in {@link NewItem#input()}
     * @return never null; a refusal is a failed result naming the reason, not an exception (an
     *         exception is recorded as a failure too, with its class name only)
     */
    Result process(String parameters, String input);

    /** A new item of a job; {@code result} is set when the item was decided before the job ran (a bad row). */
    record NewItem(@Nullable Integer row, String reference, String input, @Nullable Result result) {

        public static NewItem of(@Nullable Integer row, String reference, String input) {
            return new NewItem(row, reference, input, null);
        }

        public static NewItem decided(@Nullable Integer row, String reference, Result result) {
            return new NewItem(row, reference, "{}", result);
        }
    }

    /**
     * The result of one item.
     *
     * @param outcome the kind's word for what happened, at most 64 characters
     * @param detail anything the kind adds, written as JSON; null when none
     */
    record Result(boolean succeeded, String outcome, @Nullable String message, @Nullable Object detail) {

        public static Result succeeded(String outcome, @Nullable Object detail) {
            return new Result(true, outcome, null, detail);
        }

        public static Result failed(String outcome, @Nullable String message) {
            return new Result(false, outcome, message, null);
        }
    }
}
