package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in, sign-out, CSRF and the role rules of the console's own filter chain, with real operator
 * accounts and a real server session; and that the REST API's schemes are untouched by it.
 */
class ConsoleSignInIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/console/orders")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/console/login");
        String page = mvc.perform(get("/console/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ログイン").contains("name=\"_csrf\"");
    }

    @Test
    void signInNeedsTheCsrfTokenAndTheRightPassword() throws Exception {
        MockHttpServletResponse withoutToken = mvc.perform(post("/console/login")
                .param("username", "hanako").param("password", PASSWORD)).andReturn().getResponse();
        assertThat(withoutToken.getStatus()).isEqualTo(403);

        MockHttpServletResponse wrong = mvc.perform(formLogin("/console/login").user("hanako").password("wrong-password"))
                .andReturn().getResponse();
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/console/login?error");

        MockHttpSession session = signIn("hanako");
        String list = page(session, "/console/orders");
        assertThat(list).contains("受注一覧").contains("hanako（担当者）");
    }

    @Test
    void anOperatorCannotOpenAdminPagesNorPostToThem() throws Exception {
        MockHttpSession session = signIn("hanako");

        MvcResult settings = mvc.perform(get("/console/settings/operators").session(session)).andReturn();
        assertThat(settings.getResponse().getStatus()).isEqualTo(403);
        assertThat(settings.getResponse().getForwardedUrl()).isEqualTo("/console/forbidden");
        MockHttpServletResponse forbidden = mvc.perform(get("/console/forbidden").session(session)).andReturn().getResponse();
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(forbidden.getContentAsString(StandardCharsets.UTF_8)).contains("権限がありません");
        assertThat(page(session, "/console/orders")).doesNotContain("/console/settings/operators");

        MockHttpServletResponse create = mvc.perform(post("/console/settings/operators").session(session).with(csrf())
                .param("username", "intruder").param("password", PASSWORD).param("role", "ADMIN")).andReturn().getResponse();
        assertThat(create.getStatus()).isEqualTo(403);
        assertThat(operators.all()).noneMatch(operator -> operator.username().equals("intruder"));
    }

    @Test
    void anAdminManagesOperatorsAndEveryFormNeedsItsToken() throws Exception {
        MockHttpSession session = signIn("jiro");
        assertThat(page(session, "/console/orders")).contains("/console/settings/operators");
        assertThat(page(session, "/console/settings/operators")).contains("hanako").contains("jiro");

        MockHttpServletResponse withoutToken = mvc.perform(post("/console/settings/operators").session(session)
                .param("username", "saburo").param("password", PASSWORD).param("role", "OPERATOR")).andReturn().getResponse();
        assertThat(withoutToken.getStatus()).isEqualTo(403);

        MockHttpServletResponse created = mvc.perform(post("/console/settings/operators").session(session).with(csrf())
                .param("username", "saburo").param("password", PASSWORD).param("role", "OPERATOR")).andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/console/settings/operators");
        assertThat(operators.all()).anyMatch(operator -> operator.username().equals("saburo"));

        MockHttpServletResponse tooShort = mvc.perform(post("/console/settings/operators").session(session).with(csrf())
                .param("username", "shiro").param("password", "short").param("role", "OPERATOR")).andReturn().getResponse();
        assertThat(tooShort.getStatus()).isEqualTo(400);
        assertThat(tooShort.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"err-password\"");
    }

    @Test
    void anAdminChangesARoleAndTheOperatorsOpenSessionFollowsAtOnce() throws Exception {
        MockHttpSession admin = signIn(ADMIN);
        MockHttpSession hanako = signIn(OPERATOR);
        assertThat(status(hanako, "/console/settings/operators")).isEqualTo(403);

        MockHttpServletResponse promoted = mvc.perform(post("/console/settings/operators/" + OPERATOR + "/role")
                .session(admin).with(csrf()).param("role", "ADMIN")).andReturn().getResponse();

        assertThat(promoted.getRedirectedUrl()).isEqualTo("/console/settings/operators");
        assertThat(operators.find(OPERATOR).orElseThrow().role()).isEqualTo(com.orderdesk.access.OperatorRole.ADMIN);
        assertThat(page(hanako, "/console/settings/operators")).as("the new role holds without signing in again")
                .contains("hanako（あなた）");

        mvc.perform(post("/console/settings/operators/" + OPERATOR + "/role").session(admin).with(csrf())
                .param("role", "OPERATOR")).andReturn();
        assertThat(status(hanako, "/console/settings/operators")).isEqualTo(403);
        assertThat(page(hanako, "/console/orders")).contains("hanako（担当者）");
    }

    @Test
    void aDisabledOperatorIsSignedOutAtOnceAndCannotSignInUntilEnabledAgain() throws Exception {
        MockHttpSession admin = signIn(ADMIN);
        MockHttpSession hanako = signIn(OPERATOR);

        MockHttpServletResponse disabled = mvc.perform(post("/console/settings/operators/" + OPERATOR + "/enabled")
                .session(admin).with(csrf()).param("enabled", "false")).andReturn().getResponse();

        assertThat(disabled.getRedirectedUrl()).isEqualTo("/console/settings/operators");
        assertThat(operators.find(OPERATOR).orElseThrow().enabled()).isFalse();
        MockHttpServletResponse afterwards = mvc.perform(get("/console/orders").session(hanako)).andReturn().getResponse();
        assertThat(afterwards.getStatus()).isEqualTo(302);
        assertThat(afterwards.getRedirectedUrl()).endsWith("/console/login");
        assertThat(hanako.isInvalid()).isTrue();
        assertThat(mvc.perform(formLogin("/console/login").user(OPERATOR).password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/console/login?error");
        assertThat(page(admin, "/console/settings/operators")).contains("有効にする");

        mvc.perform(post("/console/settings/operators/" + OPERATOR + "/enabled").session(admin).with(csrf())
                .param("enabled", "true")).andReturn();
        assertThat(page(signIn(OPERATOR), "/console/orders")).contains("hanako（担当者）");
    }

    @Test
    void anAdminResetsAPasswordAndATooShortOneIsShownInThatOperatorsRow() throws Exception {
        MockHttpSession admin = signIn(ADMIN);

        MockHttpServletResponse tooShort = mvc.perform(post("/console/settings/operators/" + OPERATOR + "/password")
                .session(admin).with(csrf()).param("newPassword", "short")).andReturn().getResponse();
        assertThat(tooShort.getStatus()).isEqualTo(400);
        String page = tooShort.getContentAsString(StandardCharsets.UTF_8);
        String row = page.substring(page.indexOf("data-operator=\"" + OPERATOR + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("id=\"err-newPassword\"").contains("12");

        MockHttpServletResponse reset = mvc.perform(post("/console/settings/operators/" + OPERATOR + "/password")
                .session(admin).with(csrf()).param("newPassword", "another-long-passphrase")).andReturn().getResponse();

        assertThat(reset.getRedirectedUrl()).isEqualTo("/console/settings/operators");
        assertThat(mvc.perform(formLogin("/console/login").user(OPERATOR).password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/console/login?error");
        assertThat(mvc.perform(formLogin("/console/login").user(OPERATOR).password("another-long-passphrase")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/console/orders");
    }

    @Test
    void anAdminCannotLockThemselfOutAndTheirRowDoesNotOfferIt() throws Exception {
        MockHttpSession admin = signIn(ADMIN);
        String page = page(admin, "/console/settings/operators");
        String ownRow = page.substring(page.indexOf("data-operator=\"" + ADMIN + "\""));
        assertThat(ownRow.substring(0, ownRow.indexOf("</tr>"))).contains("ご自身の権限・有効状態は変更できません")
                .doesNotContain("/enabled").doesNotContain("/role");

        MockHttpServletResponse disable = mvc.perform(post("/console/settings/operators/" + ADMIN + "/enabled")
                .session(admin).with(csrf()).param("enabled", "false")).andReturn().getResponse();
        MockHttpServletResponse demote = mvc.perform(post("/console/settings/operators/" + ADMIN + "/role")
                .session(admin).with(csrf()).param("role", "OPERATOR")).andReturn().getResponse();

        assertThat(disable.getStatus()).isEqualTo(409);
        assertThat(disable.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"form-problem\"").contains("own account");
        assertThat(demote.getStatus()).isEqualTo(409);
        assertThat(operators.find(ADMIN).orElseThrow().enabled()).isTrue();
        assertThat(operators.find(ADMIN).orElseThrow().role()).isEqualTo(com.orderdesk.access.OperatorRole.ADMIN);
        assertThat(page(admin, "/console/settings/operators")).contains("jiro（あなた）");
    }

    @Test
    void operatorAdministrationNeedsAnAdminAndTheFormsToken() throws Exception {
        MockHttpSession hanako = signIn(OPERATOR);
        MockHttpSession admin = signIn(ADMIN);

        assertThat(mvc.perform(post("/console/settings/operators/" + ADMIN + "/enabled").session(hanako).with(csrf())
                .param("enabled", "false")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/console/settings/operators/" + OPERATOR + "/enabled").session(admin)
                .param("enabled", "false")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(operators.find(ADMIN).orElseThrow().enabled()).isTrue();
        assertThat(operators.find(OPERATOR).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anOperatorChangesTheirOwnPasswordProvingTheCurrentOne() throws Exception {
        MockHttpSession hanako = signIn(OPERATOR);
        assertThat(page(hanako, "/console/orders")).contains("href=\"/console/password\"");

        MockHttpServletResponse wrongCurrent = mvc.perform(post("/console/password").session(hanako).with(csrf())
                .param("currentPassword", "not-my-password").param("newPassword", "a-brand-new-passphrase")
                .param("confirmation", "a-brand-new-passphrase")).andReturn().getResponse();
        assertThat(wrongCurrent.getStatus()).isEqualTo(400);
        assertThat(wrongCurrent.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"err-currentPassword\"")
                .doesNotContain("a-brand-new-passphrase");
        MockHttpServletResponse mistyped = mvc.perform(post("/console/password").session(hanako).with(csrf())
                .param("currentPassword", PASSWORD).param("newPassword", "a-brand-new-passphrase")
                .param("confirmation", "a-brand-new-passphrasE")).andReturn().getResponse();
        assertThat(mistyped.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"err-confirmation\"");
        assertThat(mvc.perform(post("/console/password").session(hanako).param("currentPassword", PASSWORD)
                .param("newPassword", "a-brand-new-passphrase").param("confirmation", "a-brand-new-passphrase"))
                .andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);

        MockHttpServletResponse changed = mvc.perform(post("/console/password").session(hanako).with(csrf())
                .param("currentPassword", PASSWORD).param("newPassword", "a-brand-new-passphrase")
                .param("confirmation", "a-brand-new-passphrase")).andReturn().getResponse();

        assertThat(changed.getRedirectedUrl()).isEqualTo("/console/password");
        assertThat(mvc.perform(formLogin("/console/login").user(OPERATOR).password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/console/login?error");
        assertThat(mvc.perform(formLogin("/console/login").user(OPERATOR).password("a-brand-new-passphrase")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/console/orders");
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        MockHttpSession session = signIn("hanako");

        MockHttpServletResponse out = mvc.perform(post("/console/logout").session(session).with(csrf())).andReturn().getResponse();

        assertThat(out.getRedirectedUrl()).isEqualTo("/console/login?logout");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theRestApiKeepsHttpBasicWithoutSessions() throws Exception {
        MockHttpSession session = signIn("hanako");

        assertThat(mvc.perform(get("/api/admin/orders").session(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
        MockHttpServletResponse basic = mvc.perform(get("/api/admin/orders")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("hanako", PASSWORD)))
                .andReturn().getResponse();
        assertThat(basic.getStatus()).isEqualTo(200);
        assertThat(basic.getCookie("JSESSIONID")).isNull();
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/console/login").user(username).password(PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/console/orders");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private int status(MockHttpSession session, String uri) throws Exception {
        return mvc.perform(get(uri).session(session)).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpSession session, String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
