package com.orderdesk.customer;

import org.jspecify.annotations.Nullable;

/**
 * A customer's application as a B2B buyer company (取引先登録) with the data the screening provider
 * needs (for クロネコ掛け払い: AN060). Checked by {@link BuyerApplicationRules} before anything is sent.
 *
 * @param type 法人 or 個人事業主
 * @param legalForm the legal form code 1–20 (1 株式会社, 2 有限会社, 3 合同会社, … 20 宗教法人), 法人 only
 * @param legalFormPosition where the legal form stands, before or after the name, 法人 only
 * @param companyName the name without the legal form (kanji, at most 30 full-width)
 * @param companyKana the name in katakana (at most 60)
 * @param branchName 支店名, optional
 * @param branchKana 支店名カナ, optional
 * @param postalCode 7 digits (a hyphen is allowed)
 * @param address full-width, at most 50
 * @param phone 電話番号: 10–11 digits with two hyphens
 * @param mobilePhone 携帯番号: 10–11 digits with two hyphens, optional
 * @param industryCode 業種コード 1
 * @param industryCode2 業種コード 2, optional
 * @param founded 設立年月 YYYYMM, not in the future
 * @param capital 資本金 in 万円 (法人: required)
 * @param annualSales 年商 in 万円, optional
 * @param employees 従業員数, optional
 * @param representative 代表者, whose address is required for 個人事業主
 * @param invoiceDestination 請求書送付先
 * @param paymentMethod how the buyer pays Yamato's monthly invoice
 */
public record BuyerApplication(
        @Nullable CompanyType type,
        @Nullable Integer legalForm,
        @Nullable LegalFormPosition legalFormPosition,
        @Nullable String companyName,
        @Nullable String companyKana,
        @Nullable String branchName,
        @Nullable String branchKana,
        @Nullable String postalCode,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String mobilePhone,
        @Nullable String industryCode,
        @Nullable String industryCode2,
        @Nullable String founded,
        @Nullable Long capital,
        @Nullable Long annualSales,
        @Nullable Integer employees,
        @Nullable Representative representative,
        @Nullable InvoiceDestination invoiceDestination,
        @Nullable PaymentMethod paymentMethod) {

    public enum CompanyType {
        /** 法人 (hjkjKbn 1). */
        CORPORATION,
        /** 個人事業主 (hjkjKbn 2). */
        SOLE_PROPRIETOR
    }

    public enum LegalFormPosition {
        /** 前株 (houjinZengo 0). */
        BEFORE_NAME,
        /** 後株 (houjinZengo 1). */
        AFTER_NAME
    }

    /** 請求書の支払方法 (shrhohKbn). */
    public enum PaymentMethod {
        /** 2 銀行振込. */
        BANK_TRANSFER,
        /** 8 口座振替. */
        ACCOUNT_TRANSFER,
        /** 9 コンビニ送金. */
        CONVENIENCE_STORE
    }

    /** 代表者: name in kanji and kana; postal code and address (required for 個人事業主). */
    public record Representative(@Nullable String familyName, @Nullable String givenName,
            @Nullable String familyNameKana, @Nullable String givenNameKana, @Nullable String postalCode,
            @Nullable String address) {
    }

    /**
     * 請求書送付先: {@link Kind#SAME_AS_BUYER} or {@link Kind#OTHER} with its own address, addressee,
     * person in charge, department and phone.
     */
    public record InvoiceDestination(@Nullable Kind kind, @Nullable String postalCode, @Nullable String address,
            @Nullable String addressee, @Nullable String personInCharge, @Nullable String department,
            @Nullable String phone) {

        public enum Kind {
            /** sqssfKbn 1. */
            SAME_AS_BUYER,
            /** sqssfKbn 9. */
            OTHER
        }
    }
}
