package com.orderdesk.shared.apidocs;

import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.tags.Tag;

/** The areas operations are grouped by in the document, chosen by path (first match wins). */
enum ApiAreas {

    JOBS("一括処理 Bulk jobs", "Durable background jobs (一括ステータス変更, B2取込, 顧客グループ取込): start one, follow its "
            + "progress and per-item results, download them as CSV", "^/api/admin/jobs(/.*)?$"),
    PAYMENTS("決済 Payments", "Payments of orders, payment methods, provider settings and notices, stored cards, bulk capture",
            "^/api/admin/(orders/[^/]+/payments?(/.*)?|payments(/.*)?|payment-methods(/.*)?|providers(/.*)?|webhooks(/.*)?|customers/[^/]+/cards(/.*)?)$"),
    SHIPPING("出荷 Shipping", "Shipments, tracking numbers, delivery methods and Yamato B2 CSV",
            "^/api/admin/(orders/[^/]+/shipments(/.*)?|shipments(/.*)?|delivery-methods(/.*)?)$"),
    MAIL("メール Mail", "Customer mail: templates and previews, the outbox and mail log, sends to one or many orders",
            "^/api/admin/(mail(/.*)?|orders/[^/]+/mails(/.*)?)$"),
    ORDERS("受注 Orders", "Order list and search, registration, edits, status workflow, change history and the 受注CSV export",
            "^/api/admin/(orders|order-exports)(/.*)?$"),
    CUSTOMERS("顧客 Customers", "Customers and customer groups", "^/api/admin/(customers|customer-groups)(/.*)?$"),
    ACCESS("権限 Access", "Operator accounts and integrator API keys (ADMIN)", "^/api/admin/(users|api-keys)(/.*)?$"),
    STORE("ストア Store", "The integrators' storefront API: payment methods for a cart, checkout, the shopper's next action",
            "^/api/store(/.*)?$"),
    NOTIFICATIONS("通知 Provider notifications", "Where payment providers post their notices; stored in an inbox first",
            "^/webhooks(/.*)?$"),
    SANDBOX("サンドボックス Sandbox", "Built-in provider simulators: play the shopper and the provider", "^/api/sandbox(/.*)?$"),
    OTHER("その他 Other", "Everything else", ".*");

    private final String tag;
    private final String description;
    private final Pattern paths;

    ApiAreas(String tag, String description, String paths) {
        this.tag = tag;
        this.description = description;
        this.paths = Pattern.compile(paths);
    }

    String tag() {
        return tag;
    }

    static ApiAreas of(String path) {
        for (ApiAreas area : values()) {
            if (area.paths.matcher(path).matches()) {
                return area;
            }
        }
        return OTHER;
    }

    static List<Tag> tags() {
        return java.util.Arrays.stream(values()).map(area -> new Tag().name(area.tag).description(area.description)).toList();
    }
}
