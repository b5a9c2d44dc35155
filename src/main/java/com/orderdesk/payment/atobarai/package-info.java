/**
 * The Kuroneko atobarai (クロネコ代金後払い) adapter: credit check (払込票タイプ with screening by polling,
 * スマホタイプ with the SMS code), capture by shipment report, cancel, amount change and status
 * polling (Yamato sends no notifications). Only this package knows the atobarai wire format
 * ({@code wire}) and its simulator ({@code sandbox}); it uses nothing of payment but the
 * {@code payment.gateway} port and the adapter kit. What is public and what is assumed is said
 * where it is handled, after {@code shared/providers/kuroneko-atobarai.md} and the Welcart manual.
 */
@NullMarked
package com.orderdesk.payment.atobarai;

import org.jspecify.annotations.NullMarked;
