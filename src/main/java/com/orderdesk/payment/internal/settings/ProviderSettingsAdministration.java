package com.orderdesk.payment.internal.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.SettingsRules;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.shared.AuditTrail;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The operators' side of provider settings: list, show (credentials masked), replace, and the audit
 * trail of who changed which field when. Values of credentials and options never reach the audit.
 */
@NamedInterface("provider-settings")
@Service
public class ProviderSettingsAdministration {

    private final StoredProviderSettingsRepository settings;
    private final ProviderSettingsChangeRepository changes;
    private final CredentialVault vault;
    private final SandboxEndpoints sandbox;
    private final ProviderSettingsProperties properties;
    private final Clock clock;
    private final StoredProviderSettingsLookup lookup;
    private final ObjectProvider<PaymentGateways> gateways;
    private final AuditTrail audit;

    ProviderSettingsAdministration(StoredProviderSettingsRepository settings, ProviderSettingsChangeRepository changes,
            CredentialVault vault, SandboxEndpoints sandbox, ProviderSettingsProperties properties, Clock clock,
            StoredProviderSettingsLookup lookup, ObjectProvider<PaymentGateways> gateways, AuditTrail audit) {
        this.gateways = gateways;
        this.audit = audit;
        this.settings = settings;
        this.changes = changes;
        this.vault = vault;
        this.sandbox = sandbox;
        this.properties = properties;
        this.clock = clock;
        this.lookup = lookup;
    }

    /** All five providers, configured or not. Never null. */
    @Transactional(readOnly = true)
    public List<ProviderOverview> overview() {
        return ProviderCode.values().stream().map(provider -> settings.findById(provider.name())
                .map(stored -> new ProviderOverview(provider.slug(), provider.displayName(), stored.enabled(),
                        stored.environment(), !stored.credentials().isEmpty()))
                .orElseGet(() -> new ProviderOverview(provider.slug(), provider.displayName(), true, Environment.SANDBOX, false)))
                .toList();
    }

    /** Never null; a provider never configured shows its sandbox default. */
    @Transactional(readOnly = true)
    public ProviderSettingsView view(ProviderCode provider) {
        return settings.findById(provider.name()).map(this::toView)
                .orElseGet(() -> new ProviderSettingsView(provider.slug(), provider.displayName(), true,
                        Environment.SANDBOX, sandbox.baseUrl(provider), null, Map.of(), Map.of(), false, 0,
                        connectsFrom(), sandbox.help(provider)));
    }

    /**
     * Replaces the provider's settings and audits what changed; a request that changes nothing
     * writes nothing.
     *
     * @throws InvalidInput naming the field when a value breaks a rule, or TEST/PRODUCTION lacks a
     *         base URL or credentials
     * @throws SecretKeyNotConfigured when a credential is to be stored but no key is configured
     */
    @Transactional
    public ProviderSettingsView replace(ProviderCode provider, ProviderSettingsUpdate update) {
        return replace(provider, update, null);
    }

    /**
     * As {@link #replace(ProviderCode, ProviderSettingsUpdate)}, if the settings are still at the
     * revision the change was made on.
     *
     * @param expectedRevision from If-Match (0 for a provider never configured); null for any
     * @throws com.orderdesk.shared.StaleVersion (412) when the settings were saved since
     */
    @Transactional
    public ProviderSettingsView replace(ProviderCode provider, ProviderSettingsUpdate update,
            @Nullable Long expectedRevision) {
        ProviderSettingsValidation.check(update);
        checkAdapterRules(provider, update);
        boolean storesSecrets = update.credentials().values().stream().anyMatch(value -> value != null && !value.isEmpty());
        if (storesSecrets && !vault.canEncrypt()) {
            throw new SecretKeyNotConfigured();
        }
        Optional<StoredProviderSettings> existing = settings.findById(provider.name());
        boolean isNew = existing.isEmpty();
        StoredProviderSettings stored = existing.orElseGet(() -> new StoredProviderSettings(provider));
        EntityTags.ensureCurrent(expectedRevision, stored.revision(), "provider settings", provider.slug());
        checkEnvironmentIsUsable(provider, stored, update);

        List<String> described = describe(stored, update, isNew);
        List<String> stale = staleCredentials(stored, update);
        stale.forEach(name -> described.add("credential " + name + " re-encrypted under the current key"));
        if (described.isEmpty()) {
            return toView(stored);
        }
        String before = isNew ? null : audited(stored, Set.of());
        stored.replace(update.enabled(), update.environment(), update.baseUrl(), update.options(), clock.instant(),
                CurrentActor.name());
        storeCredentials(stored, update, stale);
        settings.saveAndFlush(stored);
        lookup.evictAfterCommit(provider);
        changes.save(new ProviderSettingsChange(provider, clock.instant(), CurrentActor.name(), String.join("; ", described)));
        audit.record("provider-settings", provider.slug(), isNew ? "created" : "changed", before,
                audited(stored, newCredentialValues(update)));
        return toView(stored);
    }

    /**
     * The settings as the audit log shows them: every value but the credentials', which appear by
     * name only, masked, with those given a new value in this change marked so.
     */
    private static String audited(StoredProviderSettings stored, Set<String> newValues) {
        StringBuilder credentials = new StringBuilder();
        new TreeSet<>(stored.credentials().keySet()).forEach(name -> credentials.append(credentials.isEmpty() ? "" : ", ")
                .append(name).append('=').append(AuditTrail.MASKED).append(newValues.contains(name) ? " (set in this change)" : ""));
        return "enabled=" + stored.enabled() + ", environment=" + stored.environment() + ", baseUrl="
                + (stored.baseUrl() == null ? "default" : stored.baseUrl()) + ", options=" + new TreeMap<>(stored.options())
                + ", credentials={" + credentials + "}";
    }

    /** Credentials this update gives a value (null keeps the stored one, an empty string removes it). */
    private static Set<String> newCredentialValues(ProviderSettingsUpdate update) {
        Set<String> names = new HashSet<>();
        update.credentials().forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                names.add(name);
            }
        });
        return names;
    }

    /** The adapter's own rules for its settings (e.g. the form of a merchant code), if it has any. */
    private void checkAdapterRules(ProviderCode provider, ProviderSettingsUpdate update) {
        PaymentGateways adapters = gateways.getIfAvailable();
        if (adapters == null) {
            return;
        }
        adapters.feature(provider, SettingsRules.class).ifPresent(rules -> {
            List<FieldError> errors = rules.check(update.environment(), update.options(), update.credentials());
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        });
    }

    /** Applies the credential merge rules and re-encrypts the stale ones; never touches values it does not need to. */
    private void storeCredentials(StoredProviderSettings stored, ProviderSettingsUpdate update, List<String> stale) {
        ProviderCode provider = stored.provider();
        update.credentials().forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (value.isEmpty()) {
                stored.removeCredential(name);
            } else {
                stored.putCredential(name, vault.seal(provider, name, value));
            }
        });
        stale.forEach(name -> stored.putCredential(name,
                vault.seal(provider, name, vault.open(provider, name, stored.credentials().get(name)))));
    }

    /** Newest first. Never null. */
    @Transactional(readOnly = true)
    public List<ProviderSettingsAudit> history(ProviderCode provider) {
        return changes.findByProviderOrderByChangedAtDescIdDesc(provider).stream()
                .map(change -> new ProviderSettingsAudit(change.changedAt(), change.actor(),
                        List.of(change.description().split("; "))))
                .toList();
    }

    private void checkEnvironmentIsUsable(ProviderCode provider, StoredProviderSettings stored, ProviderSettingsUpdate update) {
        if (update.environment() == Environment.SANDBOX) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        if (update.baseUrl() == null && properties.defaultBaseUrl(provider, update.environment()) == null) {
            errors.add(new FieldError("baseUrl", "is required in " + update.environment() + ": no default is configured for "
                    + provider.displayName()));
        }
        Set<String> remaining = new HashSet<>(stored.credentials().keySet());
        update.credentials().forEach((name, value) -> {
            if (value != null && value.isEmpty()) {
                remaining.remove(name);
            } else if (value != null) {
                remaining.add(name);
            }
        });
        if (remaining.isEmpty()) {
            errors.add(new FieldError("credentials", "are required in " + update.environment()
                    + ": without them " + provider.displayName() + " can only run in SANDBOX"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private List<String> describe(StoredProviderSettings stored, ProviderSettingsUpdate update, boolean isNew) {
        List<String> described = new ArrayList<>();
        if (isNew || stored.enabled() != update.enabled()) {
            described.add(isNew ? "enabled " + update.enabled() : "enabled " + stored.enabled() + " → " + update.enabled());
        }
        if (isNew || stored.environment() != update.environment()) {
            described.add(isNew ? "environment " + update.environment()
                    : "environment " + stored.environment() + " → " + update.environment());
        }
        if (!Objects.equals(stored.baseUrl(), update.baseUrl())) {
            described.add(update.baseUrl() == null ? "base URL cleared" : stored.baseUrl() == null ? "base URL set" : "base URL changed");
        }
        Map<String, String> oldOptions = stored.options();
        for (String name : new TreeSet<>(union(oldOptions.keySet(), update.options().keySet()))) {
            String before = oldOptions.get(name);
            String after = update.options().get(name);
            if (before == null) {
                described.add("option " + name + " set");
            } else if (after == null) {
                described.add("option " + name + " removed");
            } else if (!before.equals(after)) {
                described.add("option " + name + " changed");
            }
        }
        Map<String, EncryptedSecret> oldCredentials = stored.credentials();
        new TreeMap<>(update.credentials()).forEach((name, value) -> {
            EncryptedSecret before = oldCredentials.get(name);
            if (value == null || (value.isEmpty() && before == null)) {
                return;
            }
            if (value.isEmpty()) {
                described.add("credential " + name + " cleared");
            } else if (before == null) {
                described.add("credential " + name + " set");
            } else if (!value.equals(readable(stored.provider(), name, before))) {
                described.add("credential " + name + " changed");
            }
        });
        return described;
    }

    /**
     * Kept credentials still under a retired key and readable: any save moves them to the current
     * key, so re-saving a provider's settings unchanged completes a key rotation for it.
     */
    private List<String> staleCredentials(StoredProviderSettings stored, ProviderSettingsUpdate update) {
        if (!vault.canEncrypt()) {
            return List.of();
        }
        List<String> stale = new ArrayList<>();
        new TreeMap<>(stored.credentials()).forEach((name, secret) -> {
            if (update.credentials().get(name) == null && !vault.isCurrent(secret)
                    && readable(stored.provider(), name, secret) != null) {
                stale.add(name);
            }
        });
        return stale;
    }

    private ProviderSettingsView toView(StoredProviderSettings stored) {
        ProviderCode provider = stored.provider();
        Map<String, String> masks = new TreeMap<>();
        stored.credentials().forEach((name, secret) -> {
            String plain = readable(provider, name, secret);
            masks.put(name, plain == null ? "(cannot be decrypted with the configured keys)" : CredentialMask.of(plain));
        });
        String effectiveBaseUrl = stored.environment() == Environment.SANDBOX ? sandbox.baseUrl(provider)
                : stored.baseUrl() != null ? stored.baseUrl() : properties.defaultBaseUrl(provider, stored.environment());
        return new ProviderSettingsView(provider.slug(), provider.displayName(), stored.enabled(), stored.environment(),
                effectiveBaseUrl, stored.baseUrl(), new TreeMap<>(stored.options()), masks, !masks.isEmpty(),
                stored.revision(), connectsFrom(), sandbox.help(provider));
    }

    private @Nullable String connectsFrom() {
        String address = properties.connectsFrom();
        return address == null || address.isBlank() ? null : address.strip();
    }

    private @Nullable String readable(ProviderCode provider, String name, EncryptedSecret secret) {
        try {
            return vault.open(provider, name, secret);
        } catch (SecretUnreadable ex) {
            return null;
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
