package com.orderdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import com.orderdesk.customer.BuyerApplication.CompanyType;
import com.orderdesk.customer.BuyerApplication.InvoiceDestination;
import com.orderdesk.customer.BuyerApplication.LegalFormPosition;
import com.orderdesk.customer.BuyerApplication.PaymentMethod;
import com.orderdesk.customer.BuyerApplication.Representative;
import com.orderdesk.shared.FieldError;
import org.junit.jupiter.api.Test;

/** The AN060 field rules, each naming its field. */
class BuyerApplicationRulesTests {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    static BuyerApplication corporation() {
        return new BuyerApplication(CompanyType.CORPORATION, 1, LegalFormPosition.BEFORE_NAME, "山田商事", "ヤマダショウジ",
                null, null, "1500001", "東京都渋谷区神宮前１－２－３", "03-1234-5678", null, "5811", null, "200004", 1000L,
                50000L, 12, new Representative("山田", "太郎", "ヤマダ", "タロウ", null, null),
                new InvoiceDestination(InvoiceDestination.Kind.SAME_AS_BUYER, null, null, null, null, null, null),
                PaymentMethod.BANK_TRANSFER);
    }

    private static List<String> fields(BuyerApplication application) {
        return BuyerApplicationRules.check(application, NOW).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteCorporationPasses() {
        assertThat(BuyerApplicationRules.check(corporation(), NOW)).isEmpty();
    }

    @Test
    void aCorporationNeedsItsLegalFormAndCapitalAndANameWithoutIt() {
        BuyerApplication c = corporation();
        BuyerApplication broken = new BuyerApplication(c.type(), 21, null, "株式会社山田商事", c.companyKana(), null, null,
                c.postalCode(), c.address(), c.phone(), null, c.industryCode(), null, c.founded(), null, null, null,
                c.representative(), c.invoiceDestination(), c.paymentMethod());

        assertThat(fields(broken)).containsExactlyInAnyOrder("legalForm", "legalFormPosition", "capital", "companyName");
    }

    @Test
    void aSoleProprietorNeedsTheRepresentativesAddressAndNoLegalForm() {
        BuyerApplication c = corporation();
        BuyerApplication sole = new BuyerApplication(CompanyType.SOLE_PROPRIETOR, 1, LegalFormPosition.AFTER_NAME,
                "山田商店", "ヤマダショウテン", null, null, c.postalCode(), c.address(), c.phone(), null, c.industryCode(), null,
                c.founded(), null, null, null, c.representative(), c.invoiceDestination(), c.paymentMethod());

        List<FieldError> errors = BuyerApplicationRules.check(sole, NOW);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("legalForm", "legalFormPosition",
                "representative.postalCode", "representative.address");
        assertThat(errors).filteredOn(error -> error.field().equals("representative.address"))
                .extracting(FieldError::message).containsExactly("is required for a 個人事業主 (代表者住所)");
    }

    @Test
    void phonesNeedExactlyTwoHyphensAndTenOrElevenDigits() {
        BuyerApplication c = corporation();
        for (String[] phone : new String[][] {{"0312345678", "two hyphens"}, {"03-12-34-5678", "two hyphens"},
                {"03-123-456", "10 or 11 digits"}, {"090-1234-56789", "10 or 11 digits"}}) {
            BuyerApplication a = new BuyerApplication(c.type(), c.legalForm(), c.legalFormPosition(), c.companyName(),
                    c.companyKana(), null, null, c.postalCode(), c.address(), phone[0], phone[0], c.industryCode(), null,
                    c.founded(), c.capital(), null, null, c.representative(), c.invoiceDestination(), c.paymentMethod());

            List<FieldError> errors = BuyerApplicationRules.check(a, NOW);

            assertThat(errors).extracting(FieldError::field).as(phone[0]).containsExactlyInAnyOrder("phone", "mobilePhone");
            assertThat(errors.getFirst().message()).contains(phone[1]);
        }
    }

    @Test
    void kanaAddressesPostalCodesFoundingMonthAndTheInvoiceDestinationAreChecked() {
        BuyerApplication c = corporation();
        BuyerApplication broken = new BuyerApplication(c.type(), c.legalForm(), c.legalFormPosition(), "あ".repeat(31),
                "やまだ", null, null, "150-00011", "Tokyo 1-2-3", c.phone(), null, "58-11", null, "202701", c.capital(),
                -1L, null, new Representative(null, "太郎", "ヤマダ", "タロウ", null, null),
                new InvoiceDestination(InvoiceDestination.Kind.OTHER, null, "東京都", null, null, null, "0312345678"), null);

        assertThat(fields(broken)).containsExactlyInAnyOrder("companyName", "companyKana", "postalCode", "address",
                "industryCode", "founded", "annualSales", "representative.familyName", "invoiceDestination.postalCode",
                "invoiceDestination.addressee", "invoiceDestination.phone", "paymentMethod");
    }
}
