package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import com.orderdesk.order.TestOrders;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 帳票: the PDFs are read back and must say what a qualified invoice and a delivery note say. */
class ConsoleDocumentsIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Value("${orderdesk.shop.registration-number}")
    String registrationNumber;

    @Test
    void theReceiptIsAQualifiedInvoiceWithTaxPerRateAndTheEmbeddedJapaneseFont() throws Exception {
        String number = placeWithPoints();

        MockHttpServletResponse response = pdf("/console/orders/" + number + "/receipt.pdf");

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains("領収書（適格請求書）").contains("山田 太郎 様").contains(number)
                    .contains("登録番号 " + registrationNumber).contains("取引日").contains("発行日");
            // 2 × 1,100 (10%) + 1,080 (8%) + 550 shipping − 100 points: the points split in proportion
            assertThat(text).contains("合計（税込）").contains("3,730円");
            assertThat(text).contains("10%対象").contains("2,678円（内消費税 243円）");
            assertThat(text).contains("8%対象").contains("1,052円（内消費税 77円）");
            assertThat(text).contains("※Product FOOD-001");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("IPAexGothic");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void theDeliveryNoteNamesTheAddressAndTheLines() throws Exception {
        String number = placeOrder("CARD", "山田 太郎");

        try (PDDocument pdf = Loader.loadPDF(pdf("/console/orders/" + number + "/delivery-note.pdf").getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains("納品書").contains("お届け先 〒150-0001 東京都渋谷区神宮前1-2-3")
                    .contains("TEA-001").contains("3,830円").doesNotContain("登録番号");
        }
    }

    /** The page's words in reading order, a line break counted as a space. */
    private static String text(PDDocument pdf) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private String placeWithPoints() {
        Map<String, Object> order = TestOrders.order();
        order.put("usedPoints", 100);
        var placed = api.asOperator().post("/api/admin/orders", order);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        // the order module's own split: 8% share of the points floor(100 × 1,080 / 3,830) = 28, tax rounded down per rate
        var taxes = placed.json().at("/totals/taxes");
        assertThat(taxes.get(0).at("/taxableAmount").asLong()).isEqualTo(2678);
        assertThat(taxes.get(0).at("/tax").asLong()).isEqualTo(243);
        assertThat(taxes.get(1).at("/taxableAmount").asLong()).isEqualTo(1052);
        assertThat(taxes.get(1).at("/tax").asLong()).isEqualTo(77);
        return placed.json().at("/number").asString();
    }

    private MockHttpServletResponse pdf(String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }
}
