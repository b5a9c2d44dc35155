package com.orderdesk.payment.kakebarai;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdesk.customer.BuyerApplication;
import com.orderdesk.customer.BuyerScreening;
import com.orderdesk.customer.ScreeningAnswer;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.payment.gateway.kit.MalformedReply;
import com.orderdesk.payment.gateway.kit.ProviderTransportFailure;
import com.orderdesk.payment.kakebarai.wire.KakebaraiApi;
import com.orderdesk.payment.kakebarai.wire.KakebaraiError;
import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import com.orderdesk.payment.kakebarai.wire.KakebaraiRequest;
import org.springframework.stereotype.Component;

/**
 * kakebarai's side of the customer module's buyer accounts: AN060 (取引先登録), AN070 (審査状況照会,
 * {@code judgeStatus} as raw text) and AN050 (利用金額照会: {@code useUsable}, {@code useOverLimit},
 * {@code usePayment}). There are no notifications (fact sheet "Notification"): the customer module
 * polls. The test buyers 1111–4444 of the manual's 「テスト取引先会員の設定」 are linked by the e-mail's
 * local part only while the settings' environment is not PRODUCTION.
 */
@Component
class KakebaraiBuyerScreening implements BuyerScreening {

    private static final Pattern TEST_BUYER = Pattern.compile("^(1111|2222|3333|4444)@.+");

    private final KakebaraiClient client;
    private final ProviderSettingsLookup settings;

    KakebaraiBuyerScreening(KakebaraiClient client, ProviderSettingsLookup settings) {
        this.client = client;
        this.settings = settings;
    }

    /** {@code OD} and 18 hex digits of the customer id: 20 characters of [0-9A-Z], the buyerId limit. */
    @Override
    public String buyerIdFor(UUID customerId) {
        return "OD" + customerId.toString().replace("-", "").substring(0, 18).toUpperCase(Locale.ROOT);
    }

    @Override
    public Optional<String> presetBuyerId(String email) {
        if (!KakebaraiAccount.testEnvironment(current())) {
            return Optional.empty();
        }
        Matcher matcher = TEST_BUYER.matcher(email);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @Override
    public ScreeningAnswer apply(String buyerId, BuyerApplication application) {
        return call(KakebaraiApi.AN060, settings -> KakebaraiBuyerRegistration.of(KakebaraiAccount.credentials(settings),
                buyerId, application), reply -> new ScreeningAnswer(ScreeningAnswer.Outcome.ANSWERED, null, false, false,
                null, "application accepted for screening (" + reply.field("returnDate") + ")", Map.of()));
    }

    @Override
    public ScreeningAnswer screeningStatus(String buyerId) {
        return call(KakebaraiApi.AN070, settings -> KakebaraiRequest.of(KakebaraiApi.AN070,
                KakebaraiAccount.credentials(settings), Map.of("buyerId", buyerId)), reply -> {
                    String judged = reply.field("judgeStatus");
                    return new ScreeningAnswer(ScreeningAnswer.Outcome.ANSWERED, judged,
                            KakebaraiStatuses.approved(judged), KakebaraiStatuses.settled(judged), null,
                            judged == null ? "AN070 answered without judgeStatus" : null, Map.of());
                });
    }

    @Override
    public ScreeningAnswer availability(String buyerId) {
        return call(KakebaraiApi.AN050, settings -> KakebaraiRequest.of(KakebaraiApi.AN050,
                KakebaraiAccount.credentials(settings), Map.of("buyerId", buyerId)), reply -> {
                    String usable = reply.field("useUsable");
                    Map<String, String> details = new HashMap<>();
                    for (String field : new String[] {"useOverLimit", "usePayment"}) {
                        String value = reply.field(field);
                        if (value != null) {
                            details.put(field, value);
                        }
                    }
                    return new ScreeningAnswer(ScreeningAnswer.Outcome.ANSWERED, usable,
                            KakebaraiStatuses.available(usable), true, null, null, details);
                });
    }

    private ScreeningAnswer call(KakebaraiApi api, java.util.function.Function<ProviderSettings, KakebaraiRequest> build,
            java.util.function.Function<ReturnCodeReply, ScreeningAnswer> read) {
        ProviderSettings current = current();
        try {
            ReturnCodeReply reply = client.send(current.baseUrl(), build.apply(current));
            if (reply.succeeded()) {
                return read.apply(reply);
            }
            KakebaraiError error = KakebaraiError.of(reply.errorCode());
            if (error.kind() == KakebaraiError.Kind.NOT_REGISTERED) {
                // The add-on treats E050003 as "not an error"; its meaning is not confirmed (probably: not registered).
                return new ScreeningAnswer(ScreeningAnswer.Outcome.ANSWERED, null, false, false, error.code(),
                        error.describe(), Map.of());
            }
            return ScreeningAnswer.refused(error.code(), api + " " + api.label() + ": " + error.describe());
        } catch (ProviderNotConfigured | RequestNotSendable e) {
            return ScreeningAnswer.unreachable(api + " not sent: " + e.getMessage());
        } catch (ProviderTransportFailure | MalformedReply e) {
            return ScreeningAnswer.unreachable(api + ": " + e.getMessage());
        }
    }

    private ProviderSettings current() {
        return settings.settingsFor(KakebaraiProvider.CODE);
    }
}
