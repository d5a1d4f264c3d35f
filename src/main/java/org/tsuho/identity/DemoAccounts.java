package org.tsuho.identity;

import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.registry.Operator;
import org.tsuho.registry.Operators;

/**
 * The demo accounts of api.md (password {@code demo}) and their two companies, written at every start of the
 * embedded default. The Keycloak realm export ({@code keycloak/tsuho-realm.json}) has the same people; with
 * Keycloak only the companies are registered here.
 */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String TOWA_ELECTRIC = "9010401012345";
    static final String KITAHAMA_BANK = "9120001098765";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final Operators operators;
    private final PasswordEncoder passwords;
    private final IdentitySettings settings;
    private final StaffAddresses addresses;

    DemoAccounts(Accounts accounts, Operators operators, PasswordEncoder passwords, IdentitySettings settings,
                 StaffAddresses addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.operators = operators;
        this.passwords = passwords;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.demoAccounts() || settings.demoCompanies()) {
            operators.register(new Operator(TOWA_ELECTRIC, "東和電力株式会社", "Towa Electric Power Co., Inc.", "ELECTRICITY", true));
            operators.register(new Operator(KITAHAMA_BANK, "北浜銀行株式会社", "Kitahama Bank, Ltd.", "FINANCE", true));
        }
        if (settings.demoAccounts()) {
            saveAccounts();
        }
    }

    private void saveAccounts() {
        String demo = passwords.encode("demo");
        accounts.save("company-a", demo, "東和電力 報告担当", Set.of(Role.COMPANY), TOWA_ELECTRIC);
        accounts.save("company-b", demo, "北浜銀行 報告担当", Set.of(Role.COMPANY), KITAHAMA_BANK);
        accounts.save("worker-1", demo, "分析官 1", Set.of(Role.CASE_WORKER), null);
        accounts.save("worker-2", demo, "分析官 2", Set.of(Role.CASE_WORKER), null);
        accounts.save("supervisor-1", demo, "責任者 1", Set.of(Role.SUPERVISOR), null);
        accounts.save("supervisor-2", demo, "責任者 2", Set.of(Role.SUPERVISOR, Role.EXAMINER), null);
        accounts.save("examiner-1", demo, "審理員 1", Set.of(Role.EXAMINER), null);
        accounts.save("police-liaison", demo, "警察庁 連絡担当", Set.of(Role.POLICE_LIAISON), null);
        accounts.save("mod-liaison", demo, "防衛省 連絡担当", Set.of(Role.MOD_LIAISON), null);
        accounts.save("oversight-1", demo, "監理 1", Set.of(Role.OVERSIGHT), null);
        accounts.save("admin", demo, "管理者", Set.of(Role.ADMIN), null);
        // staff mail (assignments, the daily digest) goes to a reserved demo domain
        for (String staff : new String[] {"worker-1", "worker-2", "supervisor-1", "supervisor-2", "examiner-1", "police-liaison",
                "mod-liaison", "oversight-1", "admin"}) {
            addresses.save(staff, staff + "@tsuho.example", Locale.JAPANESE);
        }
        log.warn("Demo accounts are active (password 'demo'). Never use them outside a demonstration.");
    }
}
