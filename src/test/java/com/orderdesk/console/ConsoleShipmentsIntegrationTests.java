package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.orderdesk.shipping.ShippingTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** 出荷: the B2 CSV download and the upload of B2's issued data with a result per row, through the console. */
class ConsoleShipmentsIntegrationTests extends ConsoleTestSupport {

    static final Charset CP932 = Charset.forName("windows-31j");

    @Autowired
    MockMvc mvc;

    @Test
    void theB2DownloadHoldsTheOrdersAwaitingShipmentAndTheIssuedDataRegistersTrackingNumbersPerRow() throws Exception {
        String first = authorizedCardOrder("山田 太郎", "tok-b2-first");
        String second = authorizedCardOrder("佐藤 花子", "tok-b2-second");

        MockHttpServletResponse download = send(get("/console/shipments/b2-export").param("shipDate", "2026-11-24")
                .param("deliveryMethodCode", "YAMATO"));
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualToIgnoringCase("text/csv;charset=Windows-31J");
        assertThat(download.getHeader("Content-Disposition")).contains("b2-20261124.csv");
        List<List<String>> rows = rows(new String(download.getContentAsByteArray(), CP932));
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("お客様管理番号", first, second);

        String good = ShippingTestData.yamato(38971107401L);
        List<List<String>> issued = List.of(rows.get(0), withTrackingNumber(rows.get(1), good),
                withTrackingNumber(rows.get(2), "123456789014"));
        String jobUrl = send(multipart("/console/shipments/b2-import")
                .file(new MockMultipartFile("file", "issued.csv", "text/csv", csv(issued))).with(csrf())).getRedirectedUrl();
        assertThat(jobUrl).startsWith("/console/jobs/");
        String page = completedJobPage(jobUrl, url -> body(send(get(url))));

        assertThat(page).contains("<h1>B2 取込</h1>").contains("完了: 2 / 2 件（成功 1 件、失敗 1 件）");
        assertThat(page).containsPattern("data-row=\"2\"[^>]*>[\\s\\S]*?" + first + "</a>[\\s\\S]*?送り状番号を登録"
                + "</td>\\s*<td>" + good + "</td>");
        assertThat(page).containsPattern(second + "</a>[\\s\\S]*?送り状番号が不正</td>\\s*<td>123456789014</td>");
        assertThat(body(send(get("/console/shipments")))).containsPattern("data-order=\"" + first + "\"[\\s\\S]*?" + good);
        assertThat(api.asOperator().get("/api/admin/orders/" + first + "/shipments").text()).contains(good);
        assertThat(api.asOperator().get("/api/admin/orders/" + second + "/shipments").json().at("/shipments").size())
                .isZero();
    }

    @Test
    void anUploadWithoutAFileOrInAnotherEncodingIsRefusedBesideTheFileField() throws Exception {
        MockHttpServletResponse none = send(multipart("/console/shipments/b2-import").with(csrf()));
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(body(none)).contains("id=\"err-file\"");

        MockHttpServletResponse empty = send(multipart("/console/shipments/b2-import")
                .file(new MockMultipartFile("file", "issued.csv", "text/csv", "\"a\"\r\n".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(body(empty)).contains("id=\"err-file\"");
    }

    @Test
    void theUploadNeedsTheCsrfToken() throws Exception {
        MockHttpServletResponse forged = send(multipart("/console/shipments/b2-import")
                .file(new MockMultipartFile("file", "issued.csv", "text/csv", new byte[] {1})));

        assertThat(forged.getStatus()).isEqualTo(403);
    }

    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\",\"", -1)).toList());
        }
        return rows;
    }

    private static List<String> withTrackingNumber(List<String> row, String trackingNumber) {
        List<String> issued = new ArrayList<>(row);
        issued.set(3, trackingNumber);
        return issued;
    }

    private static byte[] csv(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        rows.forEach(row -> csv.append(String.join(",", row.stream().map(field -> "\"" + field + "\"").toList()))
                .append("\r\n"));
        return csv.toString().getBytes(CP932);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse();
    }
}
