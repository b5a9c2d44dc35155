package com.orderdesk.payment.gateway.kit;

import java.util.function.Supplier;

import com.orderdesk.payment.gateway.ConnectivityCheck.ConnectivityResult;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.RequestNotSendable;

/**
 * What every adapter's connectivity check does around its one harmless call: a transport failure
 * (nothing sent, no answer, an HTTP refusal that is not the provider's) is UNREACHABLE with its
 * message, which never holds a request or reply body.
 */
public final class ConnectivityProbes {

    private ConnectivityProbes() {
    }

    /** Runs {@code call}, which classifies the provider's answer itself. */
    public static ConnectivityResult probe(Supplier<ConnectivityResult> call) {
        try {
            return call.get();
        } catch (ProviderTransportFailure.NotSent failure) {
            return ConnectivityResult.unreachable("接続できません（" + failure.getMessage() + "）");
        } catch (ProviderTransportFailure.NoAnswer failure) {
            return ConnectivityResult.unreachable("決済会社から応答がありません（" + failure.getMessage() + "）");
        } catch (ProviderTransportFailure.Rejected failure) {
            return ConnectivityResult.unreachable("決済会社以外から拒否されました。接続先URLを確認してください（"
                    + failure.getMessage() + "）");
        } catch (MalformedReply failure) {
            return ConnectivityResult.unreachable("決済会社の応答を読み取れません（" + failure.getMessage() + "）");
        } catch (ProviderNotConfigured failure) {
            return ConnectivityResult.credentialsRejected("認証情報が設定されていません（" + failure.getMessage() + "）");
        } catch (RequestNotSendable failure) {
            return ConnectivityResult.unreachable("送信できない設定値があります（" + failure.getMessage() + "）");
        }
    }
}
