package com.orderdesk.payment.kakebarai;

import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.customer.BuyerApplication;
import com.orderdesk.customer.BuyerApplication.InvoiceDestination;
import com.orderdesk.customer.BuyerApplication.Representative;
import com.orderdesk.payment.kakebarai.wire.KakebaraiApi;
import com.orderdesk.payment.kakebarai.wire.KakebaraiCredentials;
import com.orderdesk.payment.kakebarai.wire.KakebaraiRequest;
import org.jspecify.annotations.Nullable;

/**
 * Builds AN060 (取引先登録) from a checked application, with the add-on's field names (fact sheet
 * "AN060 buyer fields"). ASSUMED where the sheet is silent: {@code cId} carries the buyer id the
 * shop chose (the later calls name the buyer by {@code buyerId}, and the sheet lists no other
 * id on AN060); the operating-company block is not offered ({@code szUmu=0}: its {@code sz*}
 * field names are not public); postal codes go as 7 digits without the hyphen.
 */
final class KakebaraiBuyerRegistration {

    private KakebaraiBuyerRegistration() {
    }

    static KakebaraiRequest of(KakebaraiCredentials credentials, String buyerId, BuyerApplication application) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cId", buyerId);
        boolean corporation = application.type() == BuyerApplication.CompanyType.CORPORATION;
        fields.put("hjkjKbn", corporation ? "1" : "2");
        if (corporation) {
            put(fields, "houjinKaku", application.legalForm());
            fields.put("houjinZengo", application.legalFormPosition() == BuyerApplication.LegalFormPosition.BEFORE_NAME
                    ? "0" : "1");
        }
        put(fields, "sMei", application.companyName());
        put(fields, "shitenMei", application.branchName());
        put(fields, "sMeikana", application.companyKana());
        put(fields, "shitenMeikana", application.branchKana());
        put(fields, "ybnNo", postal(application.postalCode()));
        put(fields, "Adress", application.address());
        put(fields, "telNo", application.phone());
        put(fields, "keitaiNo", application.mobilePhone());
        put(fields, "gyscod1", application.industryCode());
        put(fields, "gyscod2", application.industryCode2());
        put(fields, "setsurituNgt", application.founded());
        put(fields, "shk", application.capital());
        put(fields, "nsyo", application.annualSales());
        put(fields, "kmssyainsu", application.employees());
        Representative representative = application.representative();
        if (representative != null) {
            put(fields, "daikjmeiSei", representative.familyName());
            put(fields, "daikjmeiMei", representative.givenName());
            put(fields, "daiknameiSei", representative.familyNameKana());
            put(fields, "daiknameiMei", representative.givenNameKana());
            put(fields, "daiYbnno", postal(representative.postalCode()));
            put(fields, "daiAddress", representative.address());
        }
        fields.put("szUmu", "0");
        InvoiceDestination destination = application.invoiceDestination();
        boolean other = destination != null && destination.kind() == InvoiceDestination.Kind.OTHER;
        fields.put("sqssfKbn", other ? "9" : "1");
        if (other) {
            put(fields, "sqYbnno", postal(destination.postalCode()));
            put(fields, "sqAddress", destination.address());
            put(fields, "sofuKnjnam", destination.addressee());
            put(fields, "sofuTntnam", destination.personInCharge());
            put(fields, "syz", destination.department());
            put(fields, "kmsTelno", destination.phone());
        }
        BuyerApplication.PaymentMethod method = application.paymentMethod();
        fields.put("shrhohKbn", method == null ? "" : switch (method) {
            case BANK_TRANSFER -> "2";
            case ACCOUNT_TRANSFER -> "8";
            case CONVENIENCE_STORE -> "9";
        });
        return KakebaraiRequest.of(KakebaraiApi.AN060, credentials, fields);
    }

    private static void put(Map<String, String> fields, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            fields.put(name, value.toString().strip());
        }
    }

    private static @Nullable String postal(@Nullable String postalCode) {
        return postalCode == null ? null : postalCode.replace("-", "");
    }
}
