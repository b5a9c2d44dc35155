package com.orderdesk.payment.atobarai.wire;

import java.util.Map;

import com.orderdesk.payment.gateway.kit.ErrorTable;

/**
 * The atobarai error codes OrderDesk acts on, with their meaning. The codes and meanings are the
 * fact sheet's (from the Woo plugin's table of about 300 codes; {@code kaara049E}'s wording is the
 * one the Welcart manual's 決済エラーログ screenshot shows). The scheme is
 * {@code <function prefix><3 digits>E}; a code not listed here is shown as it came.
 *
 * <p>{@link #SIM_ADDRESS_PREFECTURE} is <b>not</b> a Yamato code: the fact sheet says address1 must
 * start with the prefecture but not which code Yamato answers, so the simulator answers this
 * clearly-marked code of its own.
 */
public final class AtobaraiErrors {

    public static final String DUPLICATE_ORDER_NO = "kaara009E";
    public static final String SHIP_DATE_TOO_LATE = "kaara018E";
    public static final String PHONE_DIGITS = "kaara040E";
    public static final String TOTAL_DIGITS = "kaara049E";
    public static final String PASSWORD_MISMATCH = "kaara092E";
    public static final String LINES_DO_NOT_ADD_UP = "kaara101E";
    public static final String RESULT_UNKNOWN_ORDER = "kaars008E";
    public static final String CANCEL_NOT_ALLOWED = "kaacl009E";
    public static final String CANCEL_PAID = "kaacl015E";
    public static final String SLIP_CHECK_DIGIT = "kaasl014E";
    public static final String SLIP_SHIP_DATE = "kaasl042E";
    public static final String SLIP_ORDER_LIMIT = "kaasl045E";
    public static final String AMOUNT_UNCHANGED = "kaakk049E";
    public static final String AMOUNT_ABOVE_FIRST = "kaakk050E";
    public static final String SMS_ATTEMPT_LIMIT = "kaasa021E";
    public static final String SMS_EXPIRED = "kaasa022E";
    public static final String SYSTEM_1 = "err0001";
    public static final String SYSTEM_2 = "err0002";
    public static final String SYSTEM_3 = "err0003";
    /** The simulator's own code (see the class comment); Yamato's is not public. */
    public static final String SIM_ADDRESS_PREFECTURE = "kaaraSIM1E";

    public static final ErrorTable TABLE = new ErrorTable("クロネコ代金後払い", Map.ofEntries(
            Map.entry(DUPLICATE_ORDER_NO, "受注番号:加盟店の全取引で一意であること (orderNo already used)"),
            Map.entry(SHIP_DATE_TOO_LATE, "出荷予定日:与信依頼日から90日以内であること"),
            Map.entry(PHONE_DIGITS, "電話番号:桁数が正しくありません (0 で始まる10桁、携帯は11桁)"),
            Map.entry(TOTAL_DIGITS, "決済金額総計:指定桁数(6桁)以内であること"),
            Map.entry(PASSWORD_MISMATCH, "パスワードが一致しません"),
            Map.entry(LINES_DO_NOT_ADD_UP, "小計の合計が決済金額総計と一致しません"),
            Map.entry(RESULT_UNKNOWN_ORDER, "与信結果を取得できません"),
            Map.entry(CANCEL_NOT_ALLOWED, "取消できない取引状況です"),
            Map.entry(CANCEL_PAID, "入金済のため取消できません"),
            Map.entry(SLIP_CHECK_DIGIT, "送り状番号:チェックデジットが正しくありません"),
            Map.entry(SLIP_SHIP_DATE, "出荷日:与信依頼日から90日以内であること"),
            Map.entry(SLIP_ORDER_LIMIT, "1つの送り状番号で登録できる受注は3件までです"),
            Map.entry(AMOUNT_UNCHANGED, "変更後の金額が変更前と同じです"),
            Map.entry(AMOUNT_ABOVE_FIRST, "変更後の金額は初回与信の金額以下であること"),
            Map.entry(SMS_ATTEMPT_LIMIT, "認証番号の入力回数の上限を超えました"),
            Map.entry(SMS_EXPIRED, "認証番号の有効期限が切れています"),
            Map.entry(SYSTEM_1, "システム例外が発生しました (ヤマトに連絡)"),
            Map.entry(SYSTEM_2, "システム例外が発生しました (ヤマトに連絡)"),
            Map.entry(SYSTEM_3, "システム例外が発生しました (ヤマトに連絡)"),
            Map.entry(SIM_ADDRESS_PREFECTURE, "住所1:都道府県から始まること (simulator's code; Yamato's is not public)")));

    private AtobaraiErrors() {
    }

    /** Yamato's system errors: whether the call took effect is not said. */
    public static boolean isSystemError(String code) {
        return code.startsWith("err");
    }
}
