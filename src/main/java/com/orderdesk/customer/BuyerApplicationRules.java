package com.orderdesk.customer;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.orderdesk.customer.BuyerApplication.CompanyType;
import com.orderdesk.customer.BuyerApplication.InvoiceDestination;
import com.orderdesk.customer.BuyerApplication.Representative;
import com.orderdesk.shared.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of a buyer application, each naming its field, after the AN060 field list of
 * {@code shared/providers/kuroneko-kakebarai.md}: 法人 need the legal form (1–20) and its position and
 * a capital, 個人事業主 have neither but need the representative's postal code and address; the
 * company name goes without the legal form; phones are 10–11 digits with exactly two hyphens
 * ({@code F360004}); addresses are full-width, at most 50; postal codes 7 digits; the founding
 * month is YYYYMM and not in the future. The industry code list is not public, so only its shape
 * (1–10 letters or digits) is checked.
 */
public final class BuyerApplicationRules {

    /** The legal forms the name must not repeat (houjinKaku 1–20 in the add-on; the usual ones). */
    private static final List<String> LEGAL_FORMS = List.of("株式会社", "有限会社", "合同会社", "合資会社", "合名会社",
            "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "社会福祉法人", "医療法人", "学校法人", "宗教法人",
            "特定非営利活動法人", "NPO法人", "(株)", "(有)", "（株）", "（有）", "㈱", "㈲");
    private static final Pattern POSTAL = Pattern.compile("[0-9]{3}-?[0-9]{4}");
    private static final Pattern PHONE = Pattern.compile("[0-9]+-[0-9]+-[0-9]+");
    private static final Pattern KANA = Pattern.compile("[\\u30A0-\\u30FF\\uFF66-\\uFF9F\\u3000 ]+");
    private static final Pattern INDUSTRY = Pattern.compile("[0-9A-Za-z]{1,10}");
    private static final Pattern HALF_WIDTH = Pattern.compile("[\\x20-\\x7E\\uFF61-\\uFF9F]");
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");

    private BuyerApplicationRules() {
    }

    /** Every broken rule; empty when the application can be sent. */
    public static List<FieldError> check(BuyerApplication application, YearMonth thisMonth) {
        List<FieldError> errors = new ArrayList<>();
        CompanyType type = application.type();
        if (type == null) {
            errors.add(new FieldError("type", "is required: CORPORATION (法人) or SOLE_PROPRIETOR (個人事業主)"));
        }
        if (type == CompanyType.CORPORATION) {
            if (application.legalForm() == null || application.legalForm() < 1 || application.legalForm() > 20) {
                errors.add(new FieldError("legalForm", "is required for a 法人: a legal form code from 1 to 20"));
            }
            if (application.legalFormPosition() == null) {
                errors.add(new FieldError("legalFormPosition", "is required for a 法人: BEFORE_NAME or AFTER_NAME"));
            }
            if (application.capital() == null) {
                errors.add(new FieldError("capital", "is required for a 法人 (万円)"));
            }
        } else if (type == CompanyType.SOLE_PROPRIETOR) {
            if (application.legalForm() != null) {
                errors.add(new FieldError("legalForm", "must be empty for a 個人事業主"));
            }
            if (application.legalFormPosition() != null) {
                errors.add(new FieldError("legalFormPosition", "must be empty for a 個人事業主"));
            }
        }
        text(errors, "companyName", application.companyName(), true, 30);
        String name = application.companyName();
        if (name != null && LEGAL_FORMS.stream().anyMatch(name::contains)) {
            errors.add(new FieldError("companyName", "must not contain the legal form (株式会社 …); give it as legalForm"));
        }
        kana(errors, "companyKana", application.companyKana(), true);
        text(errors, "branchName", application.branchName(), false, 30);
        kana(errors, "branchKana", application.branchKana(), false);
        postal(errors, "postalCode", application.postalCode(), true);
        address(errors, "address", application.address(), true);
        phone(errors, "phone", application.phone(), true);
        phone(errors, "mobilePhone", application.mobilePhone(), false);
        industry(errors, "industryCode", application.industryCode(), true);
        industry(errors, "industryCode2", application.industryCode2(), false);
        founded(errors, application.founded(), thisMonth);
        notNegative(errors, "capital", application.capital(), 9);
        notNegative(errors, "annualSales", application.annualSales(), 9);
        notNegative(errors, "employees", application.employees() == null ? null : (long) application.employees(), 7);
        representative(errors, application.representative(), type == CompanyType.SOLE_PROPRIETOR);
        destination(errors, application.invoiceDestination());
        if (application.paymentMethod() == null) {
            errors.add(new FieldError("paymentMethod", "is required: BANK_TRANSFER, ACCOUNT_TRANSFER or CONVENIENCE_STORE"));
        }
        return errors;
    }

    private static void representative(List<FieldError> errors, @Nullable Representative representative,
            boolean soleProprietor) {
        if (representative == null) {
            errors.add(new FieldError("representative", "is required (代表者)"));
            return;
        }
        text(errors, "representative.familyName", representative.familyName(), true, 20);
        text(errors, "representative.givenName", representative.givenName(), true, 20);
        kana(errors, "representative.familyNameKana", representative.familyNameKana(), true);
        kana(errors, "representative.givenNameKana", representative.givenNameKana(), true);
        postal(errors, "representative.postalCode", representative.postalCode(), soleProprietor);
        address(errors, "representative.address", representative.address(), soleProprietor);
        if (soleProprietor && blank(representative.address())) {
            // address() named it already; say why it is needed
            errors.removeIf(error -> error.field().equals("representative.address"));
            errors.add(new FieldError("representative.address", "is required for a 個人事業主 (代表者住所)"));
        }
    }

    private static void destination(List<FieldError> errors, @Nullable InvoiceDestination destination) {
        if (destination == null || destination.kind() == null) {
            errors.add(new FieldError("invoiceDestination.kind", "is required: SAME_AS_BUYER or OTHER"));
            return;
        }
        if (destination.kind() == InvoiceDestination.Kind.OTHER) {
            postal(errors, "invoiceDestination.postalCode", destination.postalCode(), true);
            address(errors, "invoiceDestination.address", destination.address(), true);
            text(errors, "invoiceDestination.addressee", destination.addressee(), true, 30);
            text(errors, "invoiceDestination.personInCharge", destination.personInCharge(), false, 30);
            text(errors, "invoiceDestination.department", destination.department(), false, 30);
            phone(errors, "invoiceDestination.phone", destination.phone(), true);
        }
    }

    private static void text(List<FieldError> errors, String field, @Nullable String value, boolean required,
            int fullWidth) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return;
        }
        int width = value.codePoints().map(c -> HALF_WIDTH.matcher(Character.toString(c)).matches() ? 1 : 2).sum();
        if (width > fullWidth * 2) {
            errors.add(new FieldError(field, "must be at most " + fullWidth + " full-width (" + fullWidth * 2
                    + " half-width) characters"));
        }
    }

    private static void kana(List<FieldError> errors, String field, @Nullable String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required (カナ)"));
            }
            return;
        }
        if (!KANA.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be katakana"));
        } else if (value.length() > 60) {
            errors.add(new FieldError(field, "must be at most 60 characters"));
        }
    }

    private static void postal(List<FieldError> errors, String field, @Nullable String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return;
        }
        if (!POSTAL.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be 7 digits, with or without a hyphen (123-4567)"));
        }
    }

    private static void address(List<FieldError> errors, String field, @Nullable String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return;
        }
        if (HALF_WIDTH.matcher(value).find()) {
            errors.add(new FieldError(field, "must be full-width (全角) only"));
        } else if (value.codePointCount(0, value.length()) > 50) {
            errors.add(new FieldError(field, "must be at most 50 full-width characters"));
        }
    }

    private static void phone(List<FieldError> errors, String field, @Nullable String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be digits with exactly two hyphens (03-1234-5678)"));
        } else if (digits < 10 || digits > 11) {
            errors.add(new FieldError(field, "must have 10 or 11 digits"));
        }
    }

    private static void industry(List<FieldError> errors, String field, @Nullable String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required (業種コード)"));
            }
            return;
        }
        if (!INDUSTRY.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be 1 to 10 letters or digits"));
        }
    }

    private static void founded(List<FieldError> errors, @Nullable String value, YearMonth thisMonth) {
        if (blank(value)) {
            errors.add(new FieldError("founded", "is required (設立年月, YYYYMM)"));
            return;
        }
        try {
            YearMonth month = YearMonth.parse(value, YYYYMM);
            if (month.isAfter(thisMonth)) {
                errors.add(new FieldError("founded", "must not be in the future"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("founded", "must be a month as YYYYMM"));
        }
    }

    private static void notNegative(List<FieldError> errors, String field, @Nullable Long value, int digits) {
        if (value != null && (value < 0 || Long.toString(value).length() > digits)) {
            errors.add(new FieldError(field, "must be from 0 to " + "9".repeat(digits)));
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
