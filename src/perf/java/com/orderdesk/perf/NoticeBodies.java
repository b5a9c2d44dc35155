package com.orderdesk.perf;

import java.util.Map;
import java.util.function.LongFunction;

/**
 * A unique, valid notice body per provider slug for the sandbox credentials, so ingest is measured
 * per provider through {@code POST /webhooks/{slug}}. A provider added later gets its line here
 * (its simulator's notice shape and sandbox credentials).
 */
final class NoticeBodies {

    private NoticeBodies() {
    }

    record Notice(String contentType, String body, String expectedAnswer) {
    }

    private static final Map<String, LongFunction<Notice>> BY_SLUG = Map.of(
            // GMO-PG result notification: ShopID/ShopPass of the sandbox shop; answer "0" = received.
            "gmo-pg", n -> new Notice("application/x-www-form-urlencoded",
                    "ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=perf" + n + "&OrderID=PERF-" + n
                            + "&Status=CAPTURE&JobCd=CAPTURE&Amount=1000&Tax=0&Currency=JPN&TranDate=20261129120000"
                            + "&TranID=perf" + n + "&Approve=0000000&Forward=2a99662&PayType=0&ErrCode=&ErrInfo=",
                    "0"),
            // DSK 入金速報: exactly the fact sheet's fields (DSK sends no tenant id; the sender address
            // authenticates it); literal acknowledgement.
            "dsk", n -> new Notice("application/x-www-form-urlencoded",
                    "datakbn=1&dskid=P" + n + "&orderid=PERF" + n
                            + "&amount=1000&paydate=20261129120000&conveni=010&receiptno=R" + n,
                    "<SENBDATA>STATUS=800</SENBDATA>"));

    static Notice of(String slug, long n) {
        LongFunction<Notice> notice = BY_SLUG.get(slug);
        if (notice == null) {
            throw new IllegalArgumentException("no notice template for provider " + slug + "; known: " + BY_SLUG.keySet());
        }
        return notice.apply(n);
    }
}
