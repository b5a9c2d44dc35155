/**
 * A development tool: an in-process simulator of クロネコ掛け払い (AN010–AN070) that answers in the
 * add-on's XML, with magic company names for screening results and the provider's test buyers.
 * Everything it decides where the public material is silent is PROPOSED (fact sheet) or assumed
 * and says so. Not a test double for production code and never a source of truth.
 */
@NullMarked
package com.orderdesk.payment.kakebarai.sandbox;

import org.jspecify.annotations.NullMarked;
