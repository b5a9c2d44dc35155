/**
 * Kuroneko kakebarai's wire format, after {@code shared/providers/kuroneko-kakebarai.md}: one form
 * post per API ({@code AN010}…{@code AN070}) to {@code <base>/AN0x0APIAction.action} with the
 * merchant's {@code traderCode}/{@code passWord}, and a flat XML reply ({@code returnCode},
 * {@code errorCode}, {@code returnDate}, per-API fields) read with the kit's {@link
 * com.orderdesk.payment.gateway.kit.ReturnCodeReply}, the shape Yamato's atobarai answers in too. The field names come from one public CS-Cart
 * add-on (2016–2018); what is assumed is said where it is used. Nothing here leaves the
 * {@code kakebarai} package tree.
 */
@NullMarked
package com.orderdesk.payment.kakebarai.wire;

import org.jspecify.annotations.NullMarked;
