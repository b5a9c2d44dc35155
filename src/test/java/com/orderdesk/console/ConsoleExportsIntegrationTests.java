package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.orderdesk.export.OrderExports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 受注一覧's exports on the export module's jobs: the 受注CSV with the list's filters, and
 * 帳票一括出力 of the ticked orders as one PDF or a ZIP, each followed on its progress page and
 * downloaded from it.
 */
class ConsoleExportsIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderExports exports;

    @Test
    void theCsvLinkExportsTheOrdersTheListsFiltersMatch() throws Exception {
        String wanted = placeOrder("CARD", "山田 太郎");
        String other = placeOrder("CARD", "佐藤 花子");

        String list = body(send(get("/console/orders").param("customerName", "山田")));
        assertThat(list).contains("action=\"/console/order-exports?customerName=").contains("id=\"csv-export\"");

        UUID id = started(send(post("/console/order-exports").with(csrf()).param("customerName", "山田")));
        awaitDone(id);

        String page = body(send(get("/console/order-exports/" + id)));
        assertThat(page).contains("受注CSV出力").contains("完了: 1 件を処理しました")
                .contains("href=\"/console/order-exports/" + id + "/file\"").doesNotContain("hx-trigger");
        MockHttpServletResponse file = send(get("/console/order-exports/" + id + "/file"));
        assertThat(file.getContentType()).startsWith("text/csv");
        assertThat(file.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        String csv = new String(file.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF受注番号").contains(wanted).doesNotContain(other);
    }

    @Test
    void contradictoryFiltersStartNoExportAndSayWhy() throws Exception {
        int before = exports.recent(100).size();

        MvcResult refused = result(post("/console/order-exports").with(csrf())
                .param("placedFrom", "2026-11-30").param("placedTo", "2026-11-01"));

        assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/console/orders?placedFrom=2026-11-30");
        assertThat((String) refused.getFlashMap().get("failure")).contains("受注日（から）が受注日（まで）より後");
        assertThat(exports.recent(100)).hasSize(before);
    }

    @Test
    void receiptsOfTheTickedOrdersComeAsOnePdfWithAPagePerOrder() throws Exception {
        String first = placeOrder("CARD", "山田 太郎");
        String second = placeOrder("CARD", "佐藤 花子");
        String notTicked = placeOrder("CARD", "田中 一郎");

        UUID id = started(send(post("/console/orders/documents").with(csrf()).param("numbers", first, second)
                .param("document", "receipts").param("packaging", "pdf")));
        awaitDone(id);

        assertThat(body(send(get("/console/order-exports/" + id)))).contains("領収書の一括出力").contains("帳票 2 件");
        MockHttpServletResponse file = send(get("/console/order-exports/" + id + "/file"));
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(file.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(pdf, 1)).contains("領収書（適格請求書）").contains(first).contains("山田 太郎 様").contains("登録番号");
            assertThat(pageText(pdf, 2)).contains("領収書（適格請求書）").contains(second).contains("佐藤 花子 様");
            assertThat(pageText(pdf, 1) + pageText(pdf, 2)).doesNotContain(notTicked);
        }
    }

    @Test
    void deliveryNotesAsAZipHoldOnePdfPerOrderNamedAfterIt() throws Exception {
        String first = placeOrder("CARD", "山田 太郎");
        String second = placeOrder("CVS", "佐藤 花子");

        UUID id = started(send(post("/console/orders/documents").with(csrf()).param("numbers", first, second)
                .param("document", "delivery-notes").param("packaging", "zip")));
        awaitDone(id);

        MockHttpServletResponse file = send(get("/console/order-exports/" + id + "/file"));
        assertThat(file.getContentType()).isEqualTo("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                try (PDDocument pdf = Loader.loadPDF(zip.readAllBytes())) {
                    assertThat(pageText(pdf, 1)).contains("納品書").contains(entry.getName()
                            .substring("delivery-note-".length(), entry.getName().length() - ".pdf".length()));
                }
            }
        }
        assertThat(names).containsExactly("delivery-note-" + first + ".pdf", "delivery-note-" + second + ".pdf");
    }

    @Test
    void documentsNeedTickedOrdersAndACsrfToken() throws Exception {
        MvcResult none = result(post("/console/orders/documents").with(csrf()).param("document", "receipts"));
        assertThat(none.getResponse().getRedirectedUrl()).isEqualTo("/console/orders");
        assertThat((String) none.getFlashMap().get("failure")).contains("受注が選択されていません");

        String number = placeOrder("CARD", "山田 太郎");
        assertThat(send(post("/console/orders/documents").param("numbers", number).param("document", "receipts"))
                .getStatus()).isEqualTo(403);
        assertThat(send(post("/console/order-exports")).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/console/order-exports/" + UUID.randomUUID())).andReturn().getResponse()
                .getRedirectedUrl()).endsWith("/console/login");
    }

    @Test
    void theListOffersBothDocumentsAsPdfOrZip() throws Exception {
        String list = body(send(get("/console/orders")));

        assertThat(list).contains("帳票一括出力").contains("formaction=\"/console/orders/documents\"")
                .contains("value=\"delivery-notes\"").contains("value=\"receipts\"")
                .contains("<option value=\"zip\">");
    }

    private UUID started(MockHttpServletResponse response) {
        assertThat(response.getRedirectedUrl()).startsWith("/console/order-exports/");
        return UUID.fromString(response.getRedirectedUrl().substring("/console/order-exports/".length()));
    }

    private void awaitDone(UUID id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String status = exports.job(id).status();
            assertThat(status).as("%s", exports.job(id).error()).isNotEqualTo("FAILED");
            return "DONE".equals(status);
        });
    }

    private static String pageText(PDDocument pdf, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return result(request).getResponse();
    }

    private MvcResult result(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(OPERATOR).roles("OPERATOR"))).andReturn();
    }
}
