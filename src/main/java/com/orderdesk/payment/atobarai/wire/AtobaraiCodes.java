package com.orderdesk.payment.atobarai.wire;

/**
 * The {@code result} values of the replies (fact sheet, "Results and statuses"; EC-CUBE 4
 * constants and the Woo plugin's labels), with the words operators see in the Welcart manual.
 */
public final class AtobaraiCodes {

    /** KAARA0010 / KAARS0010 審査結果. KAARS0010's reply fields are not public: OrderDesk assumes the same {@code result}. */
    public static final String CREDIT_OK = "0";
    public static final String CREDIT_NG = "1";
    public static final String CREDIT_LIMIT = "2";
    public static final String CREDIT_REVIEW = "3";

    /** KAAST0010 取引状況. */
    public static final String STATUS_APPROVED = "1";
    public static final String STATUS_CANCELLED = "2";
    public static final String STATUS_SLIP_REGISTERED = "3";
    public static final String STATUS_DELIVERY_CHECK = "5";
    public static final String STATUS_WARNING_SENT = "6";
    public static final String STATUS_SALES_FIXED = "10";
    public static final String STATUS_INVOICED = "11";
    public static final String STATUS_PAID = "12";
    public static final String STATUS_IN_REVIEW = "30";
    public static final String STATUS_CANCELLED_2 = "31";
    public static final String STATUS_NOT_PAYABLE = "32";

    /** KAASA0020 認証結果. */
    public static final String SMS_OK = "1";
    public static final String SMS_MISMATCH = "2";
    public static final String SMS_EXPIRED = "3";
    public static final String SMS_SEND_FAILED = "4";
    public static final String SMS_INVALID = "5";

    /** KAASL0010 processDiv: 0 new slip, 1 change (with beforePaymentNo), 2 another carrier (paymentNo = orderNo). */
    public static final String SLIP_NEW = "0";
    public static final String SLIP_CHANGE = "1";
    public static final String SLIP_OTHER_CARRIER = "2";

    /** KAARA0010 sendDiv: 0 to the buyer, 1 to a gift recipient, 3 smartphone (SMS) invoice. */
    public static final String SEND_TO_BUYER = "0";
    public static final String SEND_TO_RECIPIENT = "1";
    public static final String SEND_SMARTPHONE = "3";

    private AtobaraiCodes() {
    }

    /** The manual's 決済状況 word for a KAAST0010 result (the Woo plugin's labels for 30–32). */
    public static String statusWord(String result) {
        return switch (result) {
            case STATUS_APPROVED -> "与信";
            case STATUS_CANCELLED, STATUS_CANCELLED_2 -> "取消";
            case STATUS_SLIP_REGISTERED -> "送り状番号登録済";
            case STATUS_DELIVERY_CHECK -> "配送要調査";
            case STATUS_WARNING_SENT -> "警報送信";
            case STATUS_SALES_FIXED -> "売上確定";
            case STATUS_INVOICED -> "請求書発行済";
            case STATUS_PAID -> "入金済";
            case STATUS_IN_REVIEW -> "審査中";
            case STATUS_NOT_PAYABLE -> "決済不可";
            default -> "取引状況 " + result;
        };
    }

    /** The word for a credit-check result. */
    public static String creditWord(String result) {
        return switch (result) {
            case CREDIT_OK -> "与信 (ご利用可)";
            case CREDIT_NG -> "ご利用不可";
            case CREDIT_LIMIT -> "限度額超過";
            case CREDIT_REVIEW -> "審査中";
            default -> "審査結果 " + result;
        };
    }
}
