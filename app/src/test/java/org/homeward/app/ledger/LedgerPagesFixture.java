package org.homeward.app.ledger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.Role;
import org.homeward.app.security.SecurityTestSupport;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the ledger's page tests share: the demonstration ledger loaded (its parties and transfers are
 * what the tests enter against), MockMvc with the application's security, and a coordinator to post
 * as. Each test keeps its own {@code @SpringBootTest}; this class runs its set-up before theirs.
 */
abstract class LedgerPagesFixture {

    /** A coordinator without an account: may read and write the ledger. */
    protected static final RequestPostProcessor COORDINATOR = user("coordinator").authorities(
            new SimpleGrantedAuthority("LEDGER_READ"), new SimpleGrantedAuthority("LEDGER_WRITE"));

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    protected LedgerDemoData demoData;

    @Autowired
    protected Ledger ledger;

    protected MockMvc mvc;

    @BeforeEach
    void loadTheDemoLedger() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SystemTasks.runAs("test", demoData::load);
    }

    /** A coordinator with an account of their own ({@code username}), signed in as the pages see one. */
    protected RequestPostProcessor signedInCoordinator(String username) {
        return SecurityTestSupport.signedInAs(SecurityTestSupport.newUser(accounts, username, Role.COORDINATOR));
    }
}
