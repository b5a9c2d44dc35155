package com.orderdesk.payment.gmo.wire;

import java.util.Map;

import com.orderdesk.payment.gmo.wire.GmoReply.GmoError;

/**
 * Readable texts for the GMO-PG error codes operators meet most (Japanese, then English), from the
 * error catalogue summarised in {@code shared/providers/gmo-pg.md}. A code missing here still gets
 * a message naming it, with the text of its 3-character class where known.
 */
public final class GmoErrorMessages {

    private static final Map<String, String> DETAIL = Map.ofEntries(
            Map.entry("E00000000", "疎通テスト (connectivity test notification)"),
            Map.entry("E00000001", "リクエストメソッドが不正です (wrong HTTP method)"),
            Map.entry("E00000002", "Acceptヘッダーが不正です (bad Accept header)"),
            Map.entry("E00000003", "Content-Typeが不正です (bad Content-Type)"),
            Map.entry("E00000010", "リクエストが空です (empty request body)"),
            Map.entry("E01010001", "ショップIDが指定されていません (ShopID missing)"),
            Map.entry("E01030002", "ショップが存在しません (shop not found)"),
            Map.entry("E01040010", "オーダーIDは既に使用されています (OrderID already exists)"),
            Map.entry("E01040013", "オーダーIDに使用できない文字があります (invalid characters in OrderID)"),
            Map.entry("E01050002", "処理区分が不正です (undefined JobCd)"),
            Map.entry("E01060005", "利用金額の桁数が多すぎます (amount has too many digits)"),
            Map.entry("E01060010", "利用金額が取引の金額と一致しません (amount differs from the transaction amount)"),
            Map.entry("E01060021", "利用金額が取引の金額と一致しません (amount differs from the transaction amount)"),
            Map.entry("E01080101", "3Dセキュア必須のショップです (the shop requires 3-D Secure)"),
            Map.entry("E01110002", "指定された取引が存在しません (no transaction for this AccessID/AccessPass)"),
            Map.entry("E01170011", "カード番号が10～16桁ではありません (card number is not 10-16 digits)"),
            Map.entry("E01220010", "会員IDが重複しています (MemberID already exists)"),
            Map.entry("E01240002", "指定されたカードが存在しません (stored card not found)"),
            Map.entry("E01390002", "指定された会員が存在しません (member not found)"),
            Map.entry("E11010001", "既に決済済みです (transaction already settled)"),
            Map.entry("E11010002", "決済が完了していないため変更できません (not settled yet, cannot change)"),
            Map.entry("E11010003", "現在の状態ではこの処理はできません (JobCd not allowed in the current state)"),
            Map.entry("E11010010", "180日を超えた取引は操作できません (transaction older than 180 days)"),
            Map.entry("E11010099", "カード会社を特定できません (unknown card acquirer)"),
            Map.entry("E21010001", "3Dセキュア認証に失敗しました (3-D Secure authentication failed)"),
            Map.entry("E21020002", "3Dセキュア認証がキャンセルされました (shopper cancelled 3-D Secure)"),
            Map.entry("E21030201", "3Dセキュア2.0未対応のカードです (card not enrolled in 3-D Secure 2.0)"),
            Map.entry("E21030202", "3Dセキュア2.0未対応のカードです (card not enrolled in 3-D Secure 2.0)"),
            Map.entry("E41170002", "このカードブランドは利用できません (card brand not supported)"),
            Map.entry("E41170099", "カード番号が正しくありません (card number check digit error)"),
            Map.entry("E82010001", "同時に処理が実行されています (concurrent execution from the same site)"),
            Map.entry("E90010001", "二重送信です。処理中です (double submission, still being processed)"),
            Map.entry("E91019999", "GMO-PGのシステムエラーです (GMO-PG system error)"),
            Map.entry("E91029999", "GMO-PGのシステムエラーです (GMO-PG system error)"),
            Map.entry("E91099999", "GMO-PGのシステムエラーです (GMO-PG system error)"),
            Map.entry("E92000001", "只今混み合っています (GMO-PG is busy, try later)"),
            Map.entry("E92000002", "只今混み合っています (GMO-PG is busy, try later)"),
            Map.entry("42G020000", "カード残高不足です (insufficient balance)"),
            Map.entry("42G030000", "カード限度額を超えています (over the card limit)"),
            Map.entry("42G120000", "このカードは利用できません (card cannot be used)"),
            Map.entry("42G440000", "セキュリティコードが誤っています (wrong security code)"),
            Map.entry("42G450000", "セキュリティコードが入力されていません (no security code)"),
            Map.entry("42G650000", "カード番号が誤っています (wrong card number)"),
            Map.entry("42G830000", "有効期限が誤っています (wrong expiry date)"),
            Map.entry("EX1000301", "カードトークンが不正か使用済みです (card token invalid or already used)"));

    private static final Map<String, String> CLASS = Map.ofEntries(
            Map.entry("E00", "リクエスト形式エラー (request format error)"),
            Map.entry("E01", "入力パラメータエラー (invalid input)"),
            Map.entry("E11", "取引状態エラー (not allowed in the transaction's state)"),
            Map.entry("E21", "3Dセキュアエラー (3-D Secure error)"),
            Map.entry("E41", "カード番号エラー (card number error)"),
            Map.entry("E61", "契約・設定エラー (contract or shop configuration error)"),
            Map.entry("E82", "同時実行エラー (concurrent execution)"),
            Map.entry("E90", "二重送信 (double submission)"),
            Map.entry("E91", "GMO-PGのシステムエラー (GMO-PG system error)"),
            Map.entry("E92", "只今混み合っています (GMO-PG is busy, try later)"),
            Map.entry("42C", "カード会社との通信エラー。時間をおいてお試しください (card network unreachable, try later)"),
            Map.entry("42G", "カード会社により決済が拒否されました (declined by the card issuer)"),
            Map.entry("EX1", "カードトークンエラー (card token error)"));

    private GmoErrorMessages() {
    }

    /** {@code "42G020000: カード残高不足です (insufficient balance)"}; never empty, always names the code. */
    public static String describe(GmoError error) {
        String code = error.mostSpecific();
        String text = DETAIL.get(code);
        if (text == null) {
            text = CLASS.getOrDefault(classOf(error), "不明なエラー (unknown GMO-PG error)");
        }
        return code + ": " + text;
    }

    static String classOf(GmoError error) {
        if (!error.code().isBlank()) {
            return error.code();
        }
        return error.info().length() >= 3 ? error.info().substring(0, 3) : error.info();
    }
}
