/**
 * Provider settings (enabled, environment, base URL, options, credentials) as the shop saves them,
 * credentials encrypted with AES-256-GCM under {@code orderdesk.secret-key}; implements the port's
 * {@code ProviderSettingsLookup}, defaulting every provider to its built-in simulator. Never logs
 * or returns a credential value.
 */
@NullMarked
package com.orderdesk.payment.internal.settings;

import org.jspecify.annotations.NullMarked;
