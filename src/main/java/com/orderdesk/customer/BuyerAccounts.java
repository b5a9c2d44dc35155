package com.orderdesk.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.customer.ScreeningAnswer.Outcome;
import com.orderdesk.customer.internal.BuyerAccount;
import com.orderdesk.customer.internal.BuyerAccountProblems;
import com.orderdesk.customer.internal.BuyerAccountRepository;
import com.orderdesk.customer.internal.BuyerCallLog;
import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerNotFound;
import com.orderdesk.customer.internal.CustomerRepository;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * B2B buyer accounts (取引先) in the manual's order of steps: a registered customer applies, the
 * screening provider ({@link BuyerScreening}) gets the application and a buyer id, and its
 * screening status is kept in its own words, refreshed by an operator and polled on a backoff
 * schedule while not final. In the provider's test environment its test buyers are linked by
 * e-mail instead of applying. Every provider call is logged before and after ({@link BuyerCallLog})
 * and made outside a transaction; nothing is stored when an application is refused or not sent.
 */
@Service
public class BuyerAccounts {

    private static final Logger log = LoggerFactory.getLogger(BuyerAccounts.class);

    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(3), Duration.ofHours(12));

    static final String APPLY = "APPLY";
    static final String SCREENING_STATUS = "SCREENING_STATUS";
    static final String AVAILABILITY = "AVAILABILITY";

    private final CustomerRepository customers;
    private final BuyerAccountRepository accounts;
    private final BuyerCallLog calls;
    private final ObjectProvider<BuyerScreening> screening;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    BuyerAccounts(CustomerRepository customers, BuyerAccountRepository accounts, BuyerCallLog calls,
            ObjectProvider<BuyerScreening> screening, PlatformTransactionManager transactionManager, JsonMapper json,
            Clock clock) {
        this.customers = customers;
        this.accounts = accounts;
        this.calls = calls;
        this.screening = screening;
        // Own transactions: callers such as the store's method listing run read-only, and a provider
        // answer must be kept even when the caller's transaction rolls back.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    /** The account, after linking a test buyer when the customer's e-mail names one. Empty when none. */
    public Optional<BuyerAccountView> find(UUID customerId) {
        if (linkTestBuyer(customerId)) {
            return Optional.of(refresh(customerId));
        }
        return transactions.execute(tx -> accounts.findById(customerId).map(this::view));
    }

    /**
     * Applies for the customer (取引先登録) and asks for the first screening status.
     *
     * @throws InvalidInput naming each field that breaks a rule ({@link BuyerApplicationRules})
     * @throws BuyerAccountProblems.BuyerAccountExists when a screening is under way or done
     * @throws BuyerAccountProblems.ApplicationRefused when the provider refused it (nothing stored)
     * @throws BuyerAccountProblems.ScreeningUnavailable when the provider could not be asked
     */
    public BuyerAccountView apply(UUID customerId, BuyerApplication application) {
        Customer customer = transactions.execute(tx -> customers.findById(customerId))
                .orElseThrow(() -> new CustomerNotFound(customerId.toString()));
        List<com.orderdesk.shared.FieldError> errors = BuyerApplicationRules.check(application,
                YearMonth.from(ShopTime.dateOf(clock.instant())));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        BuyerScreening provider = provider();
        if (linkTestBuyer(customerId)) {
            return refresh(customerId);
        }
        Optional<BuyerAccount> existing = load(customerId);
        existing.filter(account -> account.approved() || account.settled() || account.screeningStatus() == null)
                .ifPresent(account -> {
                    throw new BuyerAccountProblems.BuyerAccountExists(account.buyerId(),
                            Optional.ofNullable(account.screeningStatus()).orElse("not answered yet"));
                });
        String buyerId = existing.map(BuyerAccount::buyerId).orElseGet(() -> provider.buyerIdFor(customer.id()));
        ScreeningAnswer answer = logged(customerId, buyerId, APPLY, () -> provider.apply(buyerId, application));
        if (answer.outcome() == Outcome.REFUSED) {
            throw new BuyerAccountProblems.ApplicationRefused(String.valueOf(answer.errorCode()),
                    String.valueOf(answer.message()));
        }
        if (answer.outcome() == Outcome.UNREACHABLE) {
            throw new BuyerAccountProblems.ScreeningUnavailable(String.valueOf(answer.message()));
        }
        String stored = json.writeValueAsString(application);
        transactions.executeWithoutResult(tx -> {
            Optional<BuyerAccount> current = accounts.findById(customerId);
            if (current.isPresent()) {
                current.get().reapplied(stored, clock.instant());
            } else {
                accounts.save(new BuyerAccount(customerId, buyerId, stored, false, clock.instant()));
            }
        });
        return refresh(customerId);
    }

    /**
     * Asks the provider for the screening status now (operators; the poller). An unreachable
     * provider leaves the last status and notes the error.
     *
     * @throws BuyerAccountProblems.NoBuyerAccount when the customer has none
     */
    public BuyerAccountView refresh(UUID customerId) {
        linkTestBuyer(customerId);
        BuyerAccount account = load(customerId)
                .orElseThrow(() -> new BuyerAccountProblems.NoBuyerAccount(customerId.toString()));
        BuyerScreening provider = provider();
        ScreeningAnswer answer = logged(customerId, account.buyerId(), SCREENING_STATUS,
                () -> provider.screeningStatus(account.buyerId()));
        return transactions.execute(tx -> {
            BuyerAccount current = accounts.findById(customerId).orElseThrow();
            Instant now = clock.instant();
            Instant next = now.plus(BACKOFF.get(Math.min(current.checkAttempts(), BACKOFF.size() - 1)));
            if (answer.outcome() == Outcome.ANSWERED) {
                current.screened(answer.status(), answer.approved(), answer.settled(), details(answer), now, next);
            } else {
                current.checkFailed(describe(answer), next);
            }
            return view(current);
        });
    }

    /**
     * Asks the provider whether the approved buyer may pay now (e.g. AN050 利用可) and keeps the
     * answer on the account. Empty when the customer has no approved account (nothing is asked).
     */
    public Optional<ScreeningAnswer> checkAvailability(UUID customerId) {
        if (linkTestBuyer(customerId)) {
            refresh(customerId);
        }
        Optional<BuyerAccount> account = load(customerId).filter(BuyerAccount::approved);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        BuyerScreening provider = provider();
        String buyerId = account.get().buyerId();
        ScreeningAnswer answer = logged(customerId, buyerId, AVAILABILITY, () -> provider.availability(buyerId));
        if (answer.outcome() == Outcome.ANSWERED) {
            transactions.executeWithoutResult(tx -> accounts.findById(customerId).ifPresent(current ->
                    current.availabilityChecked(answer.status(), details(answer), clock.instant())));
        }
        return Optional.of(answer);
    }

    /** The calls made for the customer's buyer account, newest first. */
    public List<BuyerCallLog.Entry> calls(UUID customerId) {
        return calls.of(customerId);
    }

    /** Polls the screening status of unsettled accounts on their backoff schedule (one instance each). */
    @Scheduled(fixedDelayString = "${orderdesk.customers.buyer-screening-poll-interval:PT1M}")
    public void pollDue() {
        if (screening.getIfAvailable() == null) {
            return;
        }
        List<UUID> due = transactions.execute(tx -> {
            List<UUID> ids = accounts.lockDue(clock.instant(), 50);
            if (!ids.isEmpty()) {
                accounts.lease(ids, clock.instant().plus(BACKOFF.getFirst()));
            }
            return ids;
        });
        for (UUID customerId : due == null ? List.<UUID>of() : due) {
            try {
                refresh(customerId);
            } catch (RuntimeException e) {
                log.info("Polling the screening of customer {} failed: {}", customerId, e.getMessage());
            }
        }
    }

    /** Links the provider's test buyer named by the customer's e-mail (test environment only); true when linked now. */
    private boolean linkTestBuyer(UUID customerId) {
        BuyerScreening provider = screening.getIfAvailable();
        if (provider == null || load(customerId).isPresent()) {
            return false;
        }
        Optional<String> email = transactions.execute(tx -> customers.findById(customerId).map(Customer::email));
        Optional<String> preset = email == null ? Optional.empty() : email.flatMap(provider::presetBuyerId);
        if (preset.isEmpty()) {
            return false;
        }
        Boolean linked = transactions.execute(tx -> {
            if (accounts.existsById(customerId) || accounts.existsByBuyerId(preset.get())) {
                return false;
            }
            accounts.save(new BuyerAccount(customerId, preset.get(), null, true, clock.instant()));
            return true;
        });
        return Boolean.TRUE.equals(linked);
    }

    /**
     * Reads in a transaction of its own, so that the caller's persistence context (the order being
     * placed, the store's listing) never holds a buyer account that this class then changes apart.
     */
    private Optional<BuyerAccount> load(UUID customerId) {
        Optional<BuyerAccount> account = transactions.execute(tx -> accounts.findById(customerId));
        return account == null ? Optional.empty() : account;
    }

    private ScreeningAnswer logged(UUID customerId, String buyerId, String call,
            java.util.function.Supplier<ScreeningAnswer> request) {
        UUID entry = calls.sending(customerId, buyerId, call);
        ScreeningAnswer answer;
        try {
            answer = request.get();
        } catch (RuntimeException e) {
            answer = ScreeningAnswer.unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        calls.answered(entry, answer);
        return answer;
    }

    private BuyerScreening provider() {
        BuyerScreening provider = screening.getIfAvailable();
        if (provider == null) {
            throw new BuyerAccountProblems.ScreeningUnavailable("no buyer-screening provider is installed");
        }
        return provider;
    }

    private @Nullable String details(ScreeningAnswer answer) {
        return answer.details().isEmpty() ? null : json.writeValueAsString(answer.details());
    }

    private static String describe(ScreeningAnswer answer) {
        return answer.outcome() + (answer.errorCode() == null ? "" : " " + answer.errorCode()) + ": " + answer.message();
    }

    @SuppressWarnings("unchecked")
    private BuyerAccountView view(BuyerAccount account) {
        Map<String, String> details = account.details() == null ? Map.of()
                : json.readValue(account.details(), Map.class);
        return new BuyerAccountView(account.customerId(), account.buyerId(), account.screeningStatus(),
                account.approved(), account.settled(), account.testBuyer(), account.appliedAt(), account.checkedAt(),
                account.nextCheckAt(), account.availability(), account.availabilityCheckedAt(), details,
                account.lastError());
    }
}
