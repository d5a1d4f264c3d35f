package org.tsuho.support;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.tsuho.identity.Role;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.registry.CorporateNumber;
import org.tsuho.registry.Operator;
import org.tsuho.registry.Operators;

/**
 * Operators and company accounts made up for one test: tests share one database, so each gets corporate numbers
 * and usernames of its own.
 */
public final class RegistryFixtures {

    private RegistryFixtures() {
    }

    /** A random, valid corporate number. */
    public static String newCorporateNumber() {
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            base.append(ThreadLocalRandom.current().nextInt(10));
        }
        return CorporateNumber.checkDigit(base.toString()) + base.toString();
    }

    /**
     * Registers an operator and a company account for it (password {@code demo}, hashed with {@code demoHash}).
     *
     * @return the account's username
     */
    public static String companyAccount(Operators operators, Accounts accounts, String demoHash, String corporateNumber,
                                        boolean designated) {
        operators.register(new Operator(corporateNumber, "試験事業者 " + corporateNumber, "Test operator " + corporateNumber,
                "GAS", designated));
        String username = "company-" + corporateNumber;
        accounts.save(username, demoHash, "試験 報告担当", Set.of(Role.COMPANY), corporateNumber);
        return username;
    }
}
