package com.orderdesk.payment.gmo.sandbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.orderdesk.payment.gmo.wire.GmoForm;
import com.orderdesk.payment.gateway.kit.SandboxBase;
import com.orderdesk.payment.gmo.wire.MalformedGmoReply;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A development tool, not production code: a simulator of GMO-PG's card API built into the app so
 * a newcomer can run every GMO flow with no contract. It answers
 * {@code POST /api/sandbox/gmo-pg/payment/<Api>.idPass} in GMO's own key=value format (the
 * adapter's default sandbox base URL is {@code /api/sandbox/gmo-pg}), shows a stand-in 3-D Secure
 * challenge page, and on {@code POST /api/sandbox/gmo-pg/notify/{orderId}} sends GMO's result
 * notification for a transaction to this app's {@code /webhooks/gmo-pg}.
 *
 * <p>State is in memory and lost on restart. On by default
 * ({@code orderdesk.payment.gmo.simulator.enabled=true}); switch it off where live credentials are
 * used. Scenario tokens: see {@link SimulatedGmo}.
 */
@RestController
@RequestMapping("/api/sandbox/gmo-pg")
@ConditionalOnProperty(name = "orderdesk.payment.gmo.simulator.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(GmoSimulatorProperties.class)
@ConditionalOnBooleanProperty(name = SandboxBase.ENABLED, matchIfMissing = true)
class GmoSimulator {

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, GmoForm.CHARSET);

    private final SimulatedGmo gmo;
    private final Environment environment;
    private final RestClient http = RestClient.create();
    private final Duration resendInterval;
    private final int tries;
    private final ScheduledExecutorService resends = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual()
            .name("gmo-simulator-resend").factory());

    GmoSimulator(Clock clock, Environment environment, GmoSimulatorProperties properties) {
        this.gmo = new SimulatedGmo(clock, SimulatedGmo.sandboxCredentials());
        this.environment = environment;
        this.resendInterval = properties.resendInterval();
        this.tries = Math.max(1, properties.tries());
    }

    @PreDestroy
    void stopResending() {
        resends.shutdownNow();
    }

    @PostMapping("/payment/{api}.idPass")
    ResponseEntity<byte[]> call(@PathVariable String api, HttpServletRequest request) throws IOException {
        Map<String, String> answer;
        try {
            Map<String, String> in = form(request);
            answer = switch (api) {
                case "EntryTran" -> gmo.entryTran(in);
                case "ExecTran" -> gmo.execTran(in, SandboxBase.simulator(environment, "gmo-pg") + "/tds2");
                case "SecureTran2" -> gmo.secureTran2(in);
                case "AlterTran" -> gmo.alterTran(in);
                case "ChangeTran" -> gmo.changeTran(in);
                case "SearchTrade" -> gmo.searchTrade(in);
                case "SaveMember" -> gmo.saveMember(in);
                case "SearchMember" -> gmo.searchMember(in);
                case "SaveCard" -> gmo.saveCard(in);
                case "SearchCard" -> gmo.searchCard(in);
                case "DeleteCard" -> gmo.deleteCard(in);
                default -> throw new SimulatedGmo.Refusal("E00", "E00000001");
            };
        }
        catch (SimulatedGmo.Refusal refusal) {
            answer = errors(refusal.errCode, refusal.errInfo);
        }
        catch (MalformedGmoReply e) {
            answer = errors("E00", "E00000010");
        }
        return ResponseEntity.ok().contentType(TEXT).body(raw(answer));
    }

    /** Always ErrCode before ErrInfo (recorded replies). */
    private static Map<String, String> errors(String codes, String infos) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("ErrCode", codes);
        answer.put("ErrInfo", infos);
        return answer;
    }

    /**
     * GMO writes values raw, not percent-encoded ({@code MemberName=John Smith}, URLs with {@code ://?&=},
     * Japanese as Windows-31J bytes; recorded replies).
     */
    static byte[] raw(Map<String, String> answer) {
        StringBuilder text = new StringBuilder();
        answer.forEach((key, value) -> text.append(text.isEmpty() ? "" : "&").append(key).append('=').append(value));
        return text.toString().getBytes(GmoForm.CHARSET);
    }

    /** Stand-in for the card issuer's 3-D Secure page: the shopper "passes" and returns to the shop. */
    @GetMapping(path = "/tds2/{accessId}", produces = MediaType.TEXT_HTML_VALUE)
    String challenge(@PathVariable String accessId,
            // GMO's redirect URL carries these; declared so that the unknown-parameter check lets the page open
            @RequestParam(required = false) @Nullable String transId, @RequestParam(required = false) @Nullable String t) {
        String orderId = gmo.orderIdOfAccess(accessId).orElse("(unknown)");
        return "<!doctype html><html><body><h1>3-D Secure (simulated)</h1><p>Authentication for order "
                + orderId.replaceAll("[^A-Za-z0-9-]", "")
                + " passed. Return to the shop, which completes the payment (SecureTran2).</p></body></html>";
    }

    /**
     * Makes the simulator post its result notification for the transaction to this app's webhook;
     * anything but GMO's literal {@code 0} is sent again, {@code tries} times in all.
     */
    @PostMapping("/notify/{orderId}")
    ResponseEntity<Map<String, Object>> notify(@PathVariable String orderId) {
        Map<String, String> fields = gmo.notification(orderId).orElse(null);
        if (fields == null) {
            throw new NotFound("Simulated GMO-PG transaction", orderId);
        }
        String webhook = SandboxBase.webhook(environment, "gmo-pg");
        Map<String, Object> result = post(webhook, fields);
        if (!Boolean.TRUE.equals(result.get("received")) && tries > 1) {
            result.put("resends", (tries - 1) + " more tries, " + resendInterval + " apart");
            resendLater(webhook, fields, 2);
        }
        return ResponseEntity.ok(result);
    }

    private void resendLater(String webhook, Map<String, String> fields, int attempt) {
        try {
            resends.schedule(() -> {
                if (!Boolean.TRUE.equals(post(webhook, fields).get("received")) && attempt < tries) {
                    resendLater(webhook, fields, attempt + 1);
                }
            }, resendInterval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // Shutting down: the simulator's state goes with the application.
        }
    }

    private Map<String, Object> post(String webhook, Map<String, String> fields) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("webhook", webhook);
        result.put("status", fields.get("Status"));
        try {
            ResponseEntity<String> reply = http.post().uri(webhook)
                    .contentType(new MediaType(MediaType.APPLICATION_FORM_URLENCODED, GmoForm.CHARSET))
                    .body(GmoForm.encode(fields)).exchange((req, res) -> ResponseEntity.status(res.getStatusCode())
                            .body(new String(res.getBody().readAllBytes(), GmoForm.CHARSET)));
            result.put("httpStatus", reply.getStatusCode().value());
            result.put("reply", reply.getBody());
            // GMO treats anything but a literal 0 as "not received" and resends.
            result.put("received", "0".equals(reply.getBody()));
        }
        catch (RestClientException e) {
            result.put("received", false);
            result.put("error", e.getClass().getSimpleName());
        }
        return result;
    }

    /** The posted form; rebuilt from the parameters when a filter has already read the body. */
    private static Map<String, String> form(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length > 0) {
            return GmoForm.decode(body);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
        if (fields.isEmpty()) {
            throw new MalformedGmoReply("empty body");
        }
        return fields;
    }
}
