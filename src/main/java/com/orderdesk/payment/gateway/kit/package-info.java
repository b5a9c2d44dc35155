/**
 * The adapter kit: what every provider adapter needs besides the port and is written once here — a
 * resilient HTTP client per provider ({@link com.orderdesk.payment.gateway.kit.ProviderHttpClient}),
 * form and XML codecs in the provider's charset with a preflight that refuses what the charset
 * cannot carry ({@link com.orderdesk.payment.gateway.kit.FormCodec},
 * {@link com.orderdesk.payment.gateway.kit.XmlReplies}), the notice-source allowlist and
 * constant-time secret comparison ({@link com.orderdesk.payment.gateway.kit.SourceAllowlist},
 * {@link com.orderdesk.payment.gateway.kit.Secrets}), literal acknowledgements, provider order ids
 * and the mapping of transport failures to the port's outcomes
 * ({@link com.orderdesk.payment.gateway.kit.ProviderOutcomes}). Adapters depend on the port, this
 * kit, and nothing else of payment ({@code ArchitectureTests}); the kit itself knows no provider.
 *
 * <p><b>Declaring what must not be stored</b> (one line each, on the adapter's
 * {@link com.orderdesk.payment.gateway.NotificationReceiver}): {@code secretFields()} names the
 * notice's credential fields (GMO's {@code ShopPass}, DSK's {@code password}/{@code tenantid});
 * the inbox stores the body with their values as {@code ****} (form pairs and JSON members at any
 * depth; another body shape naming one is not stored). {@code keptHeaders()} names a header worth
 * keeping (a signature) besides content type, length and user agent; every other header is dropped.
 * {@code maxBodyBytes()} caps the body (default 8 KB; 413 beyond). Payment references that act as
 * credentials are named with {@code Pass}, {@code Secret}, {@code Token}, {@code Key} or
 * {@code Password} (GMO's {@code AccessPass}): the core masks them in views and encrypts them at
 * rest like provider settings (AES-GCM under {@code orderdesk.secret-key}), so never locate a
 * payment by such a reference.
 */
@NullMarked
package com.orderdesk.payment.gateway.kit;

import org.jspecify.annotations.NullMarked;
