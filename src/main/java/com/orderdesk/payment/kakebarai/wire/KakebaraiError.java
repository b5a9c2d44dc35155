package com.orderdesk.payment.kakebarai.wire;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code errorCode} after the public error scheme (fact sheet "Error scheme"): a letter per
 * API ({@link KakebaraiApi#errorLetter()}), a two-digit field number and a four-digit check number
 * ({@code A060004}: AN010, field 06, check 0004); credit-network style codes ({@code G55}); and the
 * system codes. Only the codes the sheet lists have a meaning here; every other code is a
 * {@link Kind#FIELD_CHECK} (for the scheme's shape) or {@link Kind#OTHER}, shown verbatim.
 *
 * @param code the code as the provider sent it
 * @param kind what it means for the call
 * @param meaning a readable explanation (the sheet's words), or the scheme's reading
 */
public record KakebaraiError(String code, Kind kind, String meaning) {

    public enum Kind {
        /** {@code A020004}: the orderNo is registered already. */
        DUPLICATE_ORDER,
        /** {@code A060004}, {@code A070004}, {@code G55}: over the buyer's remaining credit line. */
        OVER_CREDIT_LINE,
        /** {@code G61}: the buyer is suspended or terminated. */
        SUSPENDED,
        /** {@code G65}: the buyer (member number) is not found. */
        UNKNOWN_BUYER,
        /** {@code G12}: the buyer is temporarily unusable. */
        TEMPORARILY_UNUSABLE,
        /** {@code B020005}: the order can no longer be cancelled. */
        NOT_CANCELLABLE,
        /** {@code B050001}: the buyer's total would go negative. */
        NEGATIVE_TOTAL,
        /** {@code A140001}, {@code G78}: the merchant's code or password is wrong. */
        MERCHANT,
        /** {@code 0700001}: nothing to cancel. */
        NO_RECORD,
        /** {@code E050003} on AN050: the add-on treats it as "not an error" (probably: buyer not registered). */
        NOT_REGISTERED,
        /** DB access / insert failures: the provider stored nothing. */
        SYSTEM_NOTHING_DONE,
        /** {@code 9900001}, {@code Z020001}, {@code G97}: a processing error that does not say what happened. */
        SYSTEM_UNCLEAR,
        /** Another code of the letter/field/check shape: a field was refused. */
        FIELD_CHECK,
        /** Anything else. */
        OTHER
    }

    private static final Pattern SCHEME = Pattern.compile("([A-G])([0-9]{2})([0-9]{4})");

    private static final Map<String, KakebaraiError> KNOWN = Map.ofEntries(
            known("A020004", Kind.DUPLICATE_ORDER, "注文番号重複 (the orderNo is registered already)"),
            known("A060004", Kind.OVER_CREDIT_LINE, "与信枠超過 (settlePrice + shohiZei exceed the buyer's remaining credit line)"),
            known("A070004", Kind.OVER_CREDIT_LINE, "与信枠超過 (settlePrice + shohiZei exceed the buyer's remaining credit line)"),
            known("G55", Kind.OVER_CREDIT_LINE, "限度額超過 (limit exceeded)"),
            known("G61", Kind.SUSPENDED, "取引停止・解約 (the buyer is suspended or terminated)"),
            known("G65", Kind.UNKNOWN_BUYER, "会員番号エラー (buyer not found)"),
            known("G12", Kind.TEMPORARILY_UNUSABLE, "一時利用不可 (the buyer is temporarily unusable)"),
            known("G78", Kind.MERCHANT, "加盟店情報エラー (merchant information error)"),
            known("G97", Kind.SYSTEM_UNCLEAR, "処理不能 (request not processable)"),
            known("A140001", Kind.MERCHANT, "パスワード不一致 (the merchant password does not match)"),
            known("B020005", Kind.NOT_CANCELLABLE, "取消不可 (the order can no longer be cancelled)"),
            known("B050001", Kind.NEGATIVE_TOTAL, "取引先の合計金額がマイナス (the buyer's total would go negative)"),
            known("F360004", Kind.FIELD_CHECK, "電話番号はハイフンを2つ含めてください (the phone number needs two hyphens)"),
            known("0400001", Kind.SYSTEM_NOTHING_DONE, "DBアクセスエラー (database access error)"),
            known("0500001", Kind.SYSTEM_NOTHING_DONE, "DBアクセスエラー (database access error)"),
            known("0500002", Kind.SYSTEM_NOTHING_DONE, "DB登録エラー (database insert error)"),
            known("0700001", Kind.NO_RECORD, "取消対象データなし (no record to cancel)"),
            known("9900001", Kind.SYSTEM_UNCLEAR, "システムエラー (system error)"),
            known("Z020001", Kind.SYSTEM_UNCLEAR, "処理エラー (processing error)"),
            known("E050003", Kind.NOT_REGISTERED, "未登録 (meaning not confirmed: probably the buyer is not registered)"));

    private static Map.Entry<String, KakebaraiError> known(String code, Kind kind, String meaning) {
        return Map.entry(code, new KakebaraiError(code, kind, meaning));
    }

    public static KakebaraiError of(@Nullable String code) {
        if (code == null) {
            return new KakebaraiError("returnCode≠0", Kind.OTHER, "an error reply without errorCode");
        }
        KakebaraiError known = KNOWN.get(code);
        if (known != null) {
            return known;
        }
        Matcher scheme = SCHEME.matcher(code);
        if (scheme.matches()) {
            String api = api(scheme.group(1).charAt(0)).map(KakebaraiApi::name).orElse("?");
            return new KakebaraiError(code, Kind.FIELD_CHECK, api + " field " + scheme.group(2) + " check "
                    + scheme.group(3) + " (not in the public error list)");
        }
        return new KakebaraiError(code, Kind.OTHER, "not in the public error list");
    }

    /** The API an error letter belongs to. */
    public static Optional<KakebaraiApi> api(char letter) {
        for (KakebaraiApi api : KakebaraiApi.values()) {
            if (api.errorLetter() == letter) {
                return Optional.of(api);
            }
        }
        return Optional.empty();
    }

    /** {@code A060004 与信枠超過 (…)}: code and meaning for operators. */
    public String describe() {
        return code + " " + meaning;
    }
}
