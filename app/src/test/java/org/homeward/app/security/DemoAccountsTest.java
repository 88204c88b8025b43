package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code serve --demo}: one account per role, random passwords printed once, each account limited to its role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "homeward.demo=true")
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsTest {

    private static final Pattern ACCOUNT = Pattern.compile("^ +(demo-[a-z-]+) +([A-Z_]+) +([A-Za-z0-9]{20})$", Pattern.MULTILINE);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Test
    void every_role_gets_a_demo_account_with_a_random_password(CapturedOutput output) throws Exception {
        Map<String, String> passwords = new HashMap<>();
        Matcher line = ACCOUNT.matcher(output.getOut());
        while (line.find()) {
            assertThat(accounts.findByUsername(line.group(1)).orElseThrow().roles()).containsExactly(Role.valueOf(line.group(2)));
            passwords.put(line.group(2), line.group(3));
        }
        assertThat(passwords).hasSize(Role.values().length);
        assertThat(passwords.values()).doesNotHaveDuplicates();
        assertThat(output.getOut()).doesNotContain("No administrator exists yet");

        HttpSession auditor = new HttpSession(port);
        auditor.submit("/login", "/login", Map.of("username", "demo-auditor", "password", passwords.get("AUDITOR")));
        assertThat(auditor.get("/audit").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/audit/verification").body()).contains("The audit chain is intact");
        assertThat(auditor.get("/admin/users").statusCode()).isEqualTo(403);

        HttpSession observer = new HttpSession(port);
        observer.submit("/login", "/login", Map.of("username", "demo-observer", "password", passwords.get("OBSERVER")));
        assertThat(observer.get("/account").statusCode()).isEqualTo(200);
        assertThat(observer.get("/audit").statusCode()).isEqualTo(403);
    }
}
