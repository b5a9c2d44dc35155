package com.orderdesk.payment.kakebarai.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.payment.gateway.kit.MalformedReply;
import com.orderdesk.payment.gateway.kit.SandboxBase;
import com.orderdesk.payment.kakebarai.wire.KakebaraiApi;
import com.orderdesk.payment.kakebarai.wire.KakebaraiForm;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.ShopTime;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A development tool, not production code: the built-in クロネコ掛け払い simulator (the adapter's
 * sandbox base URL is {@code /api/sandbox/kuroneko-kakebarai}). It answers
 * {@code POST /api/sandbox/kuroneko-kakebarai/AN0x0APIAction.action} in the add-on's XML after the
 * rules of {@link SimulatedKakebarai}, and lets a developer play Yamato's screening:
 * {@code POST /api/sandbox/kuroneko-kakebarai/buyers/{buyerId}/judgement?status=ご利用可}. State is in
 * memory. On by default ({@code orderdesk.payment.kakebarai.simulator-enabled=true}).
 */
@RestController
@RequestMapping("/api/sandbox/kuroneko-kakebarai")
@ConditionalOnProperty(name = "orderdesk.payment.kakebarai.simulator-enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = SandboxBase.ENABLED, matchIfMissing = true)
class KakebaraiSimulator {

    private static final MediaType XML = new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8);
    private static final DateTimeFormatter RETURN_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final SimulatedKakebarai yamato;
    private final Clock clock;

    KakebaraiSimulator(Clock clock) {
        this.yamato = new SimulatedKakebarai(clock);
        this.clock = clock;
    }

    @PostMapping("/{api}APIAction.action")
    ResponseEntity<byte[]> call(@PathVariable String api, HttpServletRequest request) {
        byte[] answer = answer(api, form(request));
        if (answer == null) {
            throw new NotFound("Simulated kakebarai API", api);
        }
        return ResponseEntity.ok().contentType(XML).body(answer);
    }

    /** The XML reply to one call; null for an API kakebarai does not have. */
    byte @org.jspecify.annotations.Nullable [] answer(String api, Map<String, String> form) {
        KakebaraiApi which;
        try {
            which = KakebaraiApi.valueOf(api);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Map<String, String> reply = new LinkedHashMap<>();
        try {
            Map<String, String> fields = yamato.handle(which, form);
            reply.put("returnCode", "0");
            reply.putAll(fields);
        } catch (SimulatedKakebarai.Refusal refusal) {
            reply.put("returnCode", "1");
            reply.put("errorCode", refusal.code);
        }
        reply.put("returnDate", RETURN_DATE.format(clock.instant().atZone(ShopTime.ZONE)));
        return xml(reply);
    }

    @PostMapping("/buyers/{buyerId}/judgement")
    ResponseEntity<byte[]> judge(@PathVariable String buyerId, @RequestParam String status) {
        try {
            yamato.judge(buyerId, status);
        } catch (SimulatedKakebarai.Refusal refusal) {
            throw new NotFound("Simulated kakebarai buyer", buyerId);
        }
        return ResponseEntity.ok().contentType(XML).body(xml(Map.of("buyerId", buyerId, "judgeStatus", status)));
    }

    /** A developer's judgement of a buyer, as the judgement endpoint makes it. */
    void judgement(String buyerId, String status) {
        yamato.judge(buyerId, status);
    }

    private static byte[] xml(Map<String, String> fields) {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><return>");
        fields.forEach((name, value) -> body.append('<').append(name).append('>').append(HtmlUtils.htmlEscape(value, "UTF-8"))
                .append("</").append(name).append('>'));
        body.append("</return>");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(HttpServletRequest request) {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new MalformedReply("unreadable body");
        }
        if (body.length > 0) {
            return KakebaraiForm.CODEC.decode(body);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
        return fields;
    }
}
