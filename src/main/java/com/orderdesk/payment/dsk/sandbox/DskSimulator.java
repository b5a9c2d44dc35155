package com.orderdesk.payment.dsk.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.dsk.wire.MalformedDskReply;
import com.orderdesk.payment.gateway.kit.SandboxBase;
import com.orderdesk.payment.gateway.kit.SimulatorRefusal;
import com.orderdesk.shared.NotFound;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.HtmlUtils;

/**
 * A development tool, not production code: a simulator of DSK's paperless payment built into the
 * app, speaking the PROPOSED protocol in DSK's Shift_JIS key=value format (the adapter's sandbox
 * base URL is {@code /api/sandbox/dsk}). It registers, cancels and reports orders
 * ({@code POST /api/sandbox/dsk/paperless/{order|cancel}}), shows a selection page listing
 * the stores ({@code GET /api/sandbox/dsk/select/{dskid}}), and lets a developer play the shopper:
 * {@code POST /api/sandbox/dsk/{dskid}/pay?conveni=010&amount=…} (exact or wrong amount),
 * {@code …/cancel-payment} (入金取消) and {@code …/confirm} (入金確定) each post the notice DSK would
 * send to {@code orderdesk.payment.dsk.simulator.notify-url} (default: this instance's
 * {@code /webhooks/dsk}) from {@code orderdesk.payment.dsk.simulator.sender-address} (default
 * {@code 127.0.0.2}), and return what was sent and the reply; an unacknowledged notice is resent.
 *
 * <p>State is in memory and lost on restart. On by default
 * ({@code orderdesk.payment.dsk.simulator.enabled=true}); switch it off where live credentials are used.
 */
@RestController
@RequestMapping("/api/sandbox/dsk")
@ConditionalOnProperty(name = "orderdesk.payment.dsk.simulator.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(DskSimulatorProperties.class)
@ConditionalOnBooleanProperty(name = SandboxBase.ENABLED, matchIfMissing = true)
class DskSimulator {

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, DskForm.CHARSET);
    private static final String ACK = "<SENBDATA>STATUS=800</SENBDATA>";

    private final SimulatedDsk dsk;
    private final Environment environment;
    private final @Nullable String notifyUrl;
    private final RestClient http;
    private final Duration resendInterval;
    private final int tries;
    private final ScheduledExecutorService resends = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual()
            .name("dsk-simulator-resend").factory());

    DskSimulator(Clock clock, Environment environment, DskSimulatorProperties properties) {
        this.dsk = new SimulatedDsk(clock);
        this.environment = environment;
        this.notifyUrl = properties.notifyUrl();
        this.resendInterval = properties.resendInterval();
        this.tries = Math.max(1, properties.tries());
        this.http = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .localAddress(loopback(properties.senderAddress())).connectTimeout(Duration.ofSeconds(5)).build())).build();
    }

    /** DSK sends from a fixed address (PROPOSED); a loopback one here, so the allowlist can be tested. */
    private static InetAddress loopback(String address) {
        try {
            InetAddress parsed = InetAddress.getByName(address.strip());
            if (!parsed.isLoopbackAddress()) {
                throw new IllegalArgumentException("orderdesk.payment.dsk.simulator.sender-address must be a loopback"
                        + " address, not " + address);
            }
            return parsed;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("orderdesk.payment.dsk.simulator.sender-address " + address
                    + " is not an address", e);
        }
    }

    @PreDestroy
    void stopResending() {
        resends.shutdownNow();
    }

    @PostMapping("/paperless/order")
    ResponseEntity<byte[]> register(HttpServletRequest request) {
        return reply(() -> {
            SimulatedDsk.Order order;
            int result = 0;
            try {
                order = dsk.register(form(request));
            } catch (SimulatedDsk.Duplicate duplicate) {
                order = duplicate.existing;
                result = -3;
            }
            // Not URL-encoded, as DSK does: the url's own & and = are why replies are read by key order.
            return "result=" + result + "&dskid=" + order.dskId + "&url=" + selectionUrl(order) + "&message=";
        });
    }

    @PostMapping("/paperless/cancel")
    ResponseEntity<byte[]> cancel(HttpServletRequest request) {
        return reply(() -> {
            dsk.cancel(form(request));
            return "result=0&message=";
        });
    }

    /** DSK's payment-method-selection page: picking a store issues the receipt number. */
    @GetMapping(path = "/select/{dskId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> select(@PathVariable String dskId, @RequestParam(required = false) @Nullable String conveni,
            // DSK's selection URL carries these; declared so that the unknown-parameter check lets the page open
            @RequestParam(name = "orderid", required = false) @Nullable String orderId,
            @RequestParam(required = false) @Nullable String lang) {
        SimulatedDsk.Order order = dsk.byDskId(dskId).orElse(null);
        if (order == null) {
            throw new NotFound("Simulated DSK payment", dskId);
        }
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>DSK (simulated)"
                + "</title></head><body><h1>お支払い方法の選択 (simulated DSK)</h1><p>注文 ")
                .append(HtmlUtils.htmlEscape(order.orderId)).append(" / ").append(String.format("%,d円", order.amount))
                .append(" / 支払期限 ").append(order.expire).append(" / 状態 ").append(order.status).append("</p>");
        if (conveni != null && "unpaid".equals(order.status)) {
            try {
                dsk.choose(dskId, conveni);
                html.append("<p>").append(HtmlUtils.htmlEscape(SimulatedDsk.STORES.get(conveni)))
                        .append(" 受付番号: <strong>").append(order.receiptNo).append("</strong></p>");
            } catch (SimulatedDsk.Refusal refusal) {
                html.append("<p>").append(HtmlUtils.htmlEscape(refusal.getMessage())).append("</p>");
            }
        }
        html.append("<ul>");
        SimulatedDsk.STORES.forEach((code, name) -> html.append("<li><a href=\"?conveni=").append(code).append("\">")
                .append(HtmlUtils.htmlEscape(name)).append("</a> — <form style=\"display:inline\" method=\"post\" action=\"")
                .append(SandboxBase.simulator(environment, "dsk")).append("/").append(dskId).append("/pay?conveni=").append(code)
                .append("\"><button>pay ").append(order.amount).append("円 here</button></form></li>"));
        html.append("</ul></body></html>");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.toString());
    }

    /** The shopper pays {@code amount} (default: the billed amount) at {@code conveni}. */
    @PostMapping("/{dskId}/pay")
    ResponseEntity<Map<String, Object>> pay(@PathVariable String dskId, @RequestParam(defaultValue = "010") String conveni,
            @RequestParam(required = false) @Nullable Long amount) {
        return shopper(() -> dsk.pay(dskId, conveni, amount));
    }

    /** The store cancels a payment already made (入金取消). */
    @PostMapping("/{dskId}/cancel-payment")
    ResponseEntity<Map<String, Object>> cancelPayment(@PathVariable String dskId) {
        return shopper(() -> dsk.cancelPayment(dskId));
    }

    /** DSK confirms a payment (入金確定). */
    @PostMapping("/{dskId}/confirm")
    ResponseEntity<Map<String, Object>> confirm(@PathVariable String dskId) {
        return shopper(() -> dsk.confirm(dskId));
    }

    private ResponseEntity<Map<String, Object>> shopper(Supplier<Map<String, String>> action) {
        Map<String, String> notice;
        try {
            notice = action.get();
        } catch (SimulatedDsk.Refusal refusal) {
            throw new SimulatorRefusal(refusal.getMessage(), String.valueOf(refusal.result));
        }
        return ResponseEntity.ok(send(notice));
    }

    /**
     * Posts the notice as DSK does: a Shift_JIS form from the fixed sender address. Anything but
     * {@value #ACK} (an NG body, a 5xx, no answer) is sent again, {@code tries} times in all,
     * {@code resend-interval} apart (PROPOSED: 5 tries, 10 minutes; shortened by the setting in tests).
     */
    private Map<String, Object> send(Map<String, String> notice) {
        Map<String, Object> result = post(notice);
        if (!Boolean.TRUE.equals(result.get("received")) && tries > 1) {
            result.put("resends", (tries - 1) + " more tries, " + resendInterval + " apart");
            resendLater(notice, 2);
        }
        return result;
    }

    private void resendLater(Map<String, String> notice, int attempt) {
        try {
            resends.schedule(() -> {
                if (!Boolean.TRUE.equals(post(notice).get("received")) && attempt < tries) {
                    resendLater(notice, attempt + 1);
                }
            }, resendInterval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // The application is shutting down: DSK's simulator state is gone with it.
        }
    }

    private Map<String, Object> post(Map<String, String> notice) {
        String webhook = webhook();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("webhook", webhook);
        result.put("sent", notice);
        try {
            ResponseEntity<String> reply = http.post().uri(webhook).contentType(DskForm.CONTENT_TYPE)
                    .body(DskForm.encode(notice)).exchange((req, res) -> ResponseEntity.status(res.getStatusCode())
                            .body(new String(res.getBody().readAllBytes(), DskForm.CHARSET)));
            result.put("httpStatus", reply.getStatusCode().value());
            result.put("reply", reply.getBody());
            result.put("received", ACK.equals(reply.getBody()));
        } catch (RestClientException e) {
            result.put("received", false);
            result.put("error", e.getClass().getSimpleName());
        }
        return result;
    }

    private String webhook() {
        if (notifyUrl != null && !notifyUrl.isBlank()) {
            return notifyUrl;
        }
        return SandboxBase.webhook(environment, "dsk");
    }

    private String selectionUrl(SimulatedDsk.Order order) {
        return SandboxBase.simulator(environment, "dsk") + "/select/" + order.dskId + "?orderid=" + order.orderId + "&lang=ja";
    }

    private static ResponseEntity<byte[]> reply(Supplier<String> call) {
        String text;
        try {
            text = call.get();
        } catch (SimulatedDsk.Refusal refusal) {
            text = "result=" + refusal.result + "&message=" + refusal.getMessage();
        } catch (MalformedDskReply e) {
            text = "result=-1&message=unreadable request";
        }
        return ResponseEntity.ok().contentType(TEXT).body(text.getBytes(DskForm.CHARSET));
    }

    /** The posted form; rebuilt from the parameters when a filter has already read the body. */
    private static Map<String, String> form(HttpServletRequest request) {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new MalformedDskReply("unreadable body");
        }
        if (body.length > 0) {
            return DskForm.decode(body);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
        return fields;
    }
}
