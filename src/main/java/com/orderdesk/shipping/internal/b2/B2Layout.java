package com.orderdesk.shipping.internal.b2;

import java.util.List;

/**
 * B2 Cloud's "送り状発行データレイアウト 入出力用" (basic layout): 97 columns matched by position.
 * The header row is informational (B2 starts importing at row 2); the names follow Yamato's
 * template. Column numbers here are 1-based as in the fact sheet.
 */
final class B2Layout {

    static final int COLUMNS = 97;

    static final int CUSTOMER_REFERENCE = 1;   // お客様管理番号 = our order number
    static final int INVOICE_TYPE = 2;         // 送り状種類
    static final int COOL = 3;                 // クール区分
    static final int TRACKING_NUMBER = 4;      // 伝票番号 (output)
    static final int SHIP_DATE = 5;            // 出荷予定日
    static final int DELIVERY_DATE = 6;        // お届け予定日
    static final int TIME_SLOT = 7;            // 配達時間帯
    static final int TO_PHONE = 9;
    static final int TO_POSTAL_CODE = 11;
    static final int TO_ADDRESS = 12;
    static final int TO_BUILDING = 13;
    static final int TO_COMPANY = 14;
    static final int TO_NAME = 16;
    static final int TO_KANA = 17;             // お届け先名略称カナ, half-width katakana
    static final int FROM_PHONE = 20;
    static final int FROM_POSTAL_CODE = 22;
    static final int FROM_ADDRESS = 23;
    static final int FROM_NAME = 25;
    static final int ITEM_NAME = 28;
    static final int COLLECT_AMOUNT = 34;
    static final int COLLECT_TAX = 35;
    static final int BILLING_CUSTOMER_CODE = 40;
    static final int FREIGHT_NUMBER = 42;
    static final int SEARCH_KEY_TITLE_1 = 75;
    static final int SEARCH_KEY_1 = 76;

    /** 送り状種類 codes used here: 0 発払い, 2 コレクト (cash on delivery). */
    static final String PREPAID = "0";
    static final String COLLECT = "2";
    static final long MAX_COLLECT_AMOUNT = 300_000;

    static final List<String> HEADER = List.of(
            "お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日", "お届け予定日", "配達時間帯",
            "お届け先コード", "お届け先電話番号", "お届け先電話番号枝番", "お届け先郵便番号", "お届け先住所",
            "お届け先アパートマンション名", "お届け先会社・部門１", "お届け先会社・部門２", "お届け先名",
            "お届け先名(ｶﾅ)", "敬称", "ご依頼主コード", "ご依頼主電話番号", "ご依頼主電話番号枝番", "ご依頼主郵便番号",
            "ご依頼主住所", "ご依頼主アパートマンション", "ご依頼主名", "ご依頼主名(ｶﾅ)", "品名コード１", "品名１",
            "品名コード２", "品名２", "荷扱い１", "荷扱い２", "記事", "ｺﾚｸﾄ代金引換額（税込)", "内消費税額等", "止置き",
            "営業所コード", "発行枚数", "個数口表示フラグ", "請求先顧客コード", "請求先分類コード", "運賃管理番号",
            "クロネコwebコレクトデータ登録", "クロネコwebコレクト加盟店番号", "クロネコwebコレクト申込受付番号１",
            "クロネコwebコレクト申込受付番号２", "クロネコwebコレクト申込受付番号３", "お届け予定ｅメール利用区分",
            "お届け予定ｅメールe-mailアドレス", "入力機種", "お届け予定ｅメールメッセージ", "お届け完了ｅメール利用区分",
            "お届け完了ｅメールe-mailアドレス", "お届け完了ｅメールメッセージ", "クロネコ収納代行利用区分", "予備",
            "収納代行請求金額(税込)", "収納代行内消費税額等", "収納代行請求先郵便番号", "収納代行請求先住所",
            "収納代行請求先住所（アパートマンション名）", "収納代行請求先会社・部門名１", "収納代行請求先会社・部門名２",
            "収納代行請求先名(漢字)", "収納代行請求先名(カナ)", "収納代行問合せ先名(漢字)", "収納代行問合せ先郵便番号",
            "収納代行問合せ先住所", "収納代行問合せ先住所（アパートマンション名）", "収納代行問合せ先電話番号",
            "収納代行管理番号", "収納代行品名", "収納代行備考", "複数口くくりキー", "検索キータイトル1", "検索キー1",
            "検索キータイトル2", "検索キー2", "検索キータイトル3", "検索キー3", "検索キータイトル4", "検索キー4",
            "検索キータイトル5", "検索キー5", "予備", "予備", "投函予定メール利用区分", "投函予定メールe-mailアドレス",
            "投函予定メールメッセージ", "投函完了メール（お届け先宛）利用区分", "投函完了メール（お届け先宛）e-mailアドレス",
            "投函完了メール（お届け先宛）メッセージ", "投函完了メール（ご依頼主宛）利用区分",
            "投函完了メール（ご依頼主宛）e-mailアドレス", "投函完了メール（ご依頼主宛）メッセージ", "連携管理番号",
            "通知メールアドレス");

    static {
        if (HEADER.size() != COLUMNS) {
            throw new IllegalStateException("B2 header has " + HEADER.size() + " columns, expected " + COLUMNS);
        }
    }

    private B2Layout() {
    }
}
