/**
 * The atobarai wire format: the function list, the UTF-8 form codec, the result codes and the
 * error table. Replies are the kit's {@code ReturnCodeReply} (XML {@code <return>}).
 */
@NullMarked
package com.orderdesk.payment.atobarai.wire;

import org.jspecify.annotations.NullMarked;
