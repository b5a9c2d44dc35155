package com.orderdesk.payment.atobarai.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.payment.atobarai.wire.AtobaraiForm;
import com.orderdesk.payment.atobarai.wire.AtobaraiFunction;
import com.orderdesk.payment.gateway.kit.MalformedReply;
import com.orderdesk.payment.gateway.kit.SandboxBase;
import com.orderdesk.payment.gateway.kit.SimulatorRefusal;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A development tool, not production code: a simulator of Yamato's atobarai API built into the app
 * (the adapter's sandbox base URL is {@code /api/sandbox/kuroneko-atobarai}). One route per
 * function ({@code …/kuroneko-atobarai-api/<FUNC>APIAction_execute.action}), a UTF-8 form in and
 * the XML {@code <return>} reply out, with the rules and magic values of {@link SimulatedAtobarai}.
 * A developer plays Yamato and the shopper with:
 * <ul>
 *   <li>{@code GET /api/sandbox/kuroneko-atobarai/orders/{orderNo}}: the transaction, with the SMS
 *       code the shopper would receive;</li>
 *   <li>{@code POST …/orders/{orderNo}/screening?result=0|1|2}: end a 審査中 screening;</li>
 *   <li>{@code POST …/orders/{orderNo}/status?to=N}: what happens at Yamato (10 売上確定, 11 請求書発行済,
 *       12 入金済, 2 cancelled on Yamato's screen, 32 approval withdrawn), which OrderDesk's poller
 *       then finds.</li>
 * </ul>
 * State is in memory and lost on restart. On by default
 * ({@code orderdesk.payment.atobarai.simulator.enabled=true}).
 */
@RestController
@RequestMapping("/api/sandbox/kuroneko-atobarai")
@ConditionalOnProperty(name = "orderdesk.payment.atobarai.simulator.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = SandboxBase.ENABLED, matchIfMissing = true)
class AtobaraiSimulator {

    private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final SimulatedAtobarai yamato;

    AtobaraiSimulator(Clock clock) {
        this.yamato = new SimulatedAtobarai(clock);
    }

    @PostMapping("/kuroneko-atobarai-api/{function:[A-Z0-9]+}APIAction_execute.action")
    ResponseEntity<byte[]> call(@PathVariable String function, HttpServletRequest request) {
        AtobaraiFunction called;
        try {
            called = AtobaraiFunction.ofCode(function);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Simulated atobarai API", function);
        }
        Map<String, String> form;
        try {
            form = form(request);
        } catch (MalformedReply e) {
            throw new InvalidInput("body", "is not a form the simulated API can read");
        }
        return ResponseEntity.ok().contentType(XML).body(xml(yamato.handle(called, form)).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/orders/{orderNo}")
    ResponseEntity<Map<String, Object>> show(@PathVariable String orderNo) {
        return yamato.find(orderNo).map(order -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("orderNo", order.orderNo);
            view.put("status", order.status);
            view.put("total", order.total);
            view.put("firstTotal", order.firstTotal);
            view.put("slip", order.slip);
            view.put("smartphone", order.sms);
            if (order.sms) {
                view.put("smsCode", SimulatedAtobarai.SMS_CODE);
                view.put("wrongCodes", order.wrongCodes);
            }
            return ResponseEntity.ok(view);
        }).orElseThrow(() -> new NotFound("Simulated atobarai order", orderNo));
    }

    @PostMapping("/orders/{orderNo}/screening")
    ResponseEntity<Map<String, Object>> screening(@PathVariable String orderNo, @RequestParam String result) {
        try {
            yamato.decideScreening(orderNo, result);
        } catch (IllegalArgumentException e) {
            throw new SimulatorRefusal(e.getMessage());
        }
        return show(orderNo);
    }

    @PostMapping("/orders/{orderNo}/status")
    ResponseEntity<Map<String, Object>> status(@PathVariable String orderNo, @RequestParam String to) {
        try {
            yamato.setStatus(orderNo, to);
        } catch (IllegalArgumentException e) {
            throw new SimulatorRefusal(e.getMessage());
        }
        return show(orderNo);
    }

    static String xml(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><return>");
        fields.forEach((key, value) -> xml.append('<').append(key).append('>').append(HtmlUtils.htmlEscape(value))
                .append("</").append(key).append('>'));
        return xml.append("</return>").toString();
    }

    /** The posted form; rebuilt from the parameters when a filter has already read the body. */
    private static Map<String, String> form(HttpServletRequest request) {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new MalformedReply("unreadable body");
        }
        if (body.length > 0) {
            return AtobaraiForm.CODEC.decode(body);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
        return fields;
    }
}
