package com.orderdesk.payment.gmo;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGatewayContract;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gmo.wire.GmoForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** GMO-PG honours the payment-gateway contract against WireMock (EntryTran + ExecTran commits a start). */
class GmoPaymentGatewayContractTests extends PaymentGatewayContract {

    private static final String ENTRY = "/payment/EntryTran.idPass";
    private static final String EXEC = "/payment/ExecTran.idPass";
    private static final Pattern ORDER_ID = Pattern.compile("(?:^|&)OrderID=([^&]*)");
    private static final String NOTICE = "ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=a1b2&AccessPass=secretpass"
            + "&OrderID=OD-1001-1&Status=SALES&JobCd=SALES&Amount=1500&Tax=0&Currency=JPN&Forward=2a99662&Method=1"
            + "&PayTimes=&TranID=2411231200111111111111111111&Approve=6543210&TranDate=20261123120000&ErrCode=&ErrInfo="
            + "&PayType=0";

    private final WireMockServer gmo = new WireMockServer(wireMockConfig().dynamicPort());
    private GmoPaymentGateway gateway;
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        gmo.start();
        settings = GmoFixtures.settings(gmo.baseUrl(), Map.of("notificationAllowlist", "203.0.113.10"));
        gateway = new GmoPaymentGateway(GmoFixtures.client(), GmoFixtures.clockAt("2026-11-23T12:00:00"));
    }

    @AfterEach
    void stop() {
        gmo.stop();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected GatewayAuthorizeRequest startRequest() {
        return GmoFixtures.authorize(settings, false, Map.of("token", "tok-contract"), null);
    }

    @Override
    protected void providerAcceptsStart() {
        stub(ENTRY, "AccessID=" + GmoFixtures.ACCESS_ID + "&AccessPass=" + GmoFixtures.ACCESS_PASS);
        stub(EXEC, "ACS=0&OrderID=OD-1001-1&Forward=2a99662&Method=1&PayTimes=&Approve=6543210"
                + "&TranID=2411231200111111111111111111&TranDate=20261123120000&CheckString=abc");
    }

    @Override
    protected void providerAnswersStartTooLate() {
        stub(ENTRY, "AccessID=" + GmoFixtures.ACCESS_ID + "&AccessPass=" + GmoFixtures.ACCESS_PASS);
        gmo.stubFor(post(urlEqualTo(EXEC)).willReturn(ok("ACS=0&OrderID=OD-1001-1&TranID=1").withFixedDelay(5000)));
    }

    @Override
    protected List<String> startIdsReceived() {
        return gmo.findAll(postRequestedFor(urlEqualTo(EXEC))).stream().map(LoggedRequest::getBodyAsString)
                .map(GmoPaymentGatewayContractTests::orderId).toList();
    }

    @Override
    protected Optional<NotificationSamples<?>> notificationSamples() {
        return Optional.of(new NotificationSamples<>(new GmoNotificationParser(), settings, notice(NOTICE), "OD-1001-1",
                notice(NOTICE.replace("ShopPass=sandboxpass", "ShopPass=guess"))));
    }

    private static InboundNotification notice(String body) {
        return new InboundNotification(GmoProvider.CODE, "203.0.113.10", Map.of(),
                "application/x-www-form-urlencoded", body.getBytes(GmoForm.CHARSET), GmoForm.CHARSET,
                Instant.parse("2026-11-23T03:00:01Z"));
    }

    private void stub(String path, String body) {
        gmo.stubFor(post(urlEqualTo(path)).willReturn(ok(body).withHeader("Content-Type", "text/plain;charset=Windows-31J")));
    }

    private static String orderId(String body) {
        Matcher matcher = ORDER_ID.matcher(body);
        return matcher.find() ? matcher.group(1) : "(no OrderID)";
    }
}
