package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The console's CSS brings its own Japanese font: the project's IPAexGothic, with its licence, before sign-in too. */
class ConsoleAssetsIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void theCssDeclaresTheBundledFontWhichIsServedWithItsLicence() throws Exception {
        String css = mvc.perform(get("/console/assets/console.css")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(css).contains("@font-face").contains("font-family: \"IPAexGothic\"").contains("url(\"fonts/ipaexg.ttf\")");

        MockHttpServletResponse font = mvc.perform(get("/console/assets/fonts/ipaexg.ttf")).andReturn().getResponse();
        assertThat(font.getStatus()).isEqualTo(200);
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream("fonts/ipaexg.ttf")) {
            assertThat(font.getContentAsByteArray()).isEqualTo(shipped.readAllBytes());
        }
        assertThat(font.getHeader("Cache-Control")).contains("max-age");

        String licence = mvc.perform(get("/console/assets/fonts/IPA_Font_License_Agreement_v1.0.txt")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(licence).contains("IPA");
        assertThat(mvc.perform(get("/console/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/console/assets/fonts/IPA_Font_License_Agreement_v1.0.txt");
    }
}
