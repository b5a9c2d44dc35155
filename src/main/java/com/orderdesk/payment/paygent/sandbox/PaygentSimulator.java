package com.orderdesk.payment.paygent.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.orderdesk.payment.gateway.kit.MalformedReply;
import com.orderdesk.payment.gateway.kit.SandboxBase;
import com.orderdesk.payment.gateway.kit.SimulatorRefusal;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A development tool, not production code: Paygent's module endpoint and Paidy Checkout, simulated
 * in the app under {@code /api/sandbox/paygent-paidy} (the adapter's sandbox base URL, to which it
 * posts its telegrams).
 * <ul>
 *   <li>{@code POST /api/sandbox/paygent-paidy}: telegrams 343/341/340/342/094 (Shift_JIS form in,
 *       CRLF lines out), with {@link SimulatedPaygent}'s rules;</li>
 *   <li>{@code GET …/checkout?publicKey=…&payload=…}: Paidy Checkout as a page with three buttons;
 *       {@code POST …/checkout} ({@code publicKey}, {@code payload} or {@code amount},
 *       {@code outcome} authorized / rejected / closed) answers like Paidy's JS callback
 *       ({@code id}, {@code status});</li>
 *   <li>{@code POST …/payments/{paymentId}/automatic-capture}: Paygent captures an オーソリ+売上確定
 *       payment by itself; {@code POST …/payments/{paymentId}/console/{capture|cancel|refund}}: an
 *       operator acts in Paygent's 管理画面 (the manual's pitfall, which OrderDesk sees as drift);
 *       {@code POST …/merchant/review?finished=false}: Paygent's review of the shop is not finished;</li>
 *   <li>every change is a 差分通知 signed with {@code hc} and posted to
 *       {@code orderdesk.payment.paygent.simulator.notify-url} (default this instance's
 *       {@code /webhooks/paygent-paidy}) about two seconds later, and again every
 *       {@code resend-interval} until the answer is exactly {@code result=0};
 *       {@code POST …/notices/send} sends the waiting ones now.</li>
 * </ul>
 * State is in memory and lost on restart.
 */
@RestController
@RequestMapping("/api/sandbox/paygent-paidy")
@ConditionalOnProperty(name = "orderdesk.payment.paygent.simulator.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(PaygentSimulatorProperties.class)
@ConditionalOnBooleanProperty(name = SandboxBase.ENABLED, matchIfMissing = true)
class PaygentSimulator {

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, PaygentWire.CHARSET);
    private static final Duration FIRST_DELIVERY = Duration.ofSeconds(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SimulatedPaygent paygent;
    private final Environment environment;
    private final @Nullable String notifyUrl;
    private final Duration resendInterval;
    private final RestClient http = RestClient.create();
    private final Map<String, Instant> dueAt = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "paygent-simulator-notices");
        thread.setDaemon(true);
        return thread;
    });

    PaygentSimulator(Clock clock, Environment environment, PaygentSimulatorProperties properties) {
        this.paygent = new SimulatedPaygent(clock);
        this.environment = environment;
        this.notifyUrl = properties.notifyUrl();
        this.resendInterval = properties.resendInterval();
        sender.scheduleWithFixedDelay(this::sendDue, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    /** The module endpoint: one telegram per POST. */
    @PostMapping
    ResponseEntity<byte[]> telegram(HttpServletRequest request) {
        Map<String, String> reply;
        try {
            reply = new LinkedHashMap<>();
            reply.put("result", "0");
            reply.put("response_code", "");
            reply.put("response_detail", "");
            reply.putAll(paygent.telegram(form(request)));
        } catch (SimulatedPaygent.Refusal refusal) {
            reply = new LinkedHashMap<>();
            reply.put("result", "1");
            reply.put("response_code", refusal.code);
            reply.put("response_detail", refusal.getMessage());
        } catch (MalformedReply e) {
            reply = Map.of("result", "1", "response_code", "90000", "response_detail", "unreadable telegram");
        }
        return ResponseEntity.ok().contentType(TEXT).body(PaygentWire.replyBody(reply));
    }

    /** Paidy Checkout as the shopper sees it (simulated): authorize, reject or close. */
    @GetMapping(path = "/checkout", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> checkoutPage(@RequestParam String publicKey, @RequestParam String payload) {
        long amount = amountOf(payload);
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Paidy (simulated)"
                + "</title></head><body><h1>あと払い(ペイディ) (simulated)</h1><p>お支払い金額 ")
                .append(String.format("%,d円", amount)).append("</p>");
        for (String outcome : List.of("authorized", "rejected", "closed")) {
            html.append("<form method=\"post\" action=\"checkout\"><input type=\"hidden\" name=\"publicKey\" value=\"")
                    .append(HtmlUtils.htmlEscape(publicKey)).append("\"><input type=\"hidden\" name=\"payload\" value=\"")
                    .append(HtmlUtils.htmlEscape(payload)).append("\"><input type=\"hidden\" name=\"outcome\" value=\"")
                    .append(outcome).append("\"><button>").append(switch (outcome) {
                        case "authorized" -> "お支払いを確定 (authorize)";
                        case "rejected" -> "承認されない (reject)";
                        default -> "× 閉じる (close)";
                    }).append("</button></form>");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.append("</body></html>").toString());
    }

    /** What Paidy's JS callback hands the storefront: {@code id} ({@code pay_…}) and {@code status}. */
    @PostMapping("/checkout")
    ResponseEntity<Map<String, Object>> checkout(@RequestParam String publicKey,
            @RequestParam(required = false) @Nullable String payload, @RequestParam(required = false) @Nullable Long amount,
            @RequestParam(defaultValue = "authorized") String outcome) {
        try {
            long total = payload != null ? amountOf(payload) : amount == null ? 0 : amount;
            String currency = payload != null ? currencyOf(payload) : "JPY";
            SimulatedPaygent.Checkout checkout = paygent.checkout(publicKey, total, currency, outcome);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", checkout.id());
            body.put("status", checkout.status());
            body.put("amount", checkout.amount());
            body.put("currency", checkout.currency());
            return ResponseEntity.ok(body);
        } catch (IllegalArgumentException e) {
            throw new SimulatorRefusal(e.getMessage());
        }
    }

    @PostMapping("/payments/{paymentId}/automatic-capture")
    ResponseEntity<Map<String, Object>> automaticCapture(@PathVariable String paymentId) {
        return act(() -> paygent.automaticCapture(paymentId));
    }

    /** "Done in the console": what the manual warns against (以後…API 連携が一切行えなくなり). */
    @PostMapping("/payments/{paymentId}/console/{operation}")
    ResponseEntity<Map<String, Object>> console(@PathVariable String paymentId, @PathVariable String operation,
            @RequestParam(required = false) @Nullable Long amount) {
        return act(() -> paygent.console(paymentId, operation, amount));
    }

    @PostMapping("/merchant/review")
    Map<String, Object> review(@RequestParam boolean finished) {
        paygent.reviewFinished(finished);
        return Map.of("reviewFinished", finished);
    }

    /** Sends every waiting notice now; what each was answered. */
    @PostMapping("/notices/send")
    List<Map<String, Object>> sendNow() {
        List<Map<String, Object>> results = new ArrayList<>();
        for (SimulatedPaygent.Notice notice : paygent.unanswered()) {
            results.add(send(notice));
        }
        return results;
    }

    private void sendDue() {
        try {
            Instant now = Instant.now();
            for (SimulatedPaygent.Notice notice : paygent.unanswered()) {
                Instant due = dueAt.computeIfAbsent(notice.id, id -> now.plus(FIRST_DELIVERY));
                if (!due.isAfter(now)) {
                    send(notice);
                }
            }
        } catch (RuntimeException e) {
            // a development tool: the next tick tries again
        }
    }

    private synchronized Map<String, Object> send(SimulatedPaygent.Notice notice) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("paymentNoticeId", notice.id);
        result.put("sent", notice.fields);
        String reply;
        try {
            reply = http.post().uri(webhook()).contentType(PaygentWire.contentType())
                    .body(PaygentWire.encode(notice.fields)).exchange((req, res) ->
                            new String(res.getBody().readAllBytes(), PaygentWire.CHARSET));
        } catch (RestClientException e) {
            reply = "(no answer: " + e.getClass().getSimpleName() + ")";
        }
        paygent.answered(notice, reply);
        boolean received = "result=0".equals(reply.strip());
        if (received) {
            dueAt.remove(notice.id);
        } else {
            dueAt.put(notice.id, Instant.now().plus(resendInterval));
        }
        result.put("reply", reply);
        result.put("received", received);
        result.put("attempts", notice.attempts);
        return result;
    }

    private ResponseEntity<Map<String, Object>> act(java.util.function.Supplier<Map<String, String>> action) {
        try {
            return ResponseEntity.ok(new LinkedHashMap<>(action.get()));
        } catch (SimulatedPaygent.Refusal refusal) {
            throw new SimulatorRefusal(refusal.getMessage(), refusal.code);
        } catch (IllegalArgumentException e) {
            throw new SimulatorRefusal(e.getMessage());
        }
    }

    private String webhook() {
        if (notifyUrl != null && !notifyUrl.isBlank()) {
            return notifyUrl;
        }
        return SandboxBase.webhook(environment, "paygent-paidy");
    }

    private static long amountOf(String payload) {
        JsonNode node = parse(payload).get("amount");
        if (node == null || !node.canConvertToLong()) {
            throw new IllegalArgumentException("payload has no amount");
        }
        return node.asLong();
    }

    private static String currencyOf(String payload) {
        JsonNode node = parse(payload).get("currency");
        return node == null ? "JPY" : node.asString();
    }

    private static JsonNode parse(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("payload is not the checkout JSON");
        }
    }

    private static Map<String, String> form(HttpServletRequest request) {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new MalformedReply("unreadable body");
        }
        if (body.length > 0) {
            return PaygentWire.decodeForm(body);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
        return fields;
    }
}
