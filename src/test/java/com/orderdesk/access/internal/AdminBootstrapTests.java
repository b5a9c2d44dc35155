package com.orderdesk.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.orderdesk.access.OperatorRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

    private final OperatorAccounts accounts = mock(OperatorAccounts.class);

    @Test
    void generatesARandomCredentialAndPrintsItOnceWhenNoneIsConfigured(CapturedOutput output) {
        new AdminBootstrap(accounts, new AdminBootstrapProperties("")).run(null);

        ArgumentCaptor<String> credential = ArgumentCaptor.forClass(String.class);
        verify(accounts).create(eq("admin"), credential.capture(), eq(OperatorRole.ADMIN));
        assertThat(credential.getValue()).hasSize(20);
        assertThat(output).contains(credential.getValue());
    }

    @Test
    void usesTheConfiguredCredentialWithoutPrintingIt(CapturedOutput output) {
        new AdminBootstrap(accounts, new AdminBootstrapProperties("configured-credential")).run(null);

        verify(accounts).create("admin", "configured-credential", OperatorRole.ADMIN);
        assertThat(output).doesNotContain("configured-credential");
    }

    @Test
    void leavesAnExistingAdminAlone() {
        when(accounts.exists("admin")).thenReturn(true);

        new AdminBootstrap(accounts, new AdminBootstrapProperties("")).run(null);

        verify(accounts, never()).create(any(), any(), any());
    }
}
