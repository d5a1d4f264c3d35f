package org.tsuho.identity.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;

/** The embedded accounts table, read by Spring Security's form and Basic login. */
@Repository
public class Accounts implements UserDetailsService {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, display_name, roles, company_id, enabled from users where username = ?")
                .param(username)
                .query((rs, n) -> {
                    Set<Role> roles = roles(rs.getArray("roles"));
                    Actor actor = new Actor(rs.getString("username"), rs.getString("display_name"), roles, rs.getString("company_id"));
                    return new AccountUser(actor, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Creates or refreshes an account (the demo accounts are rewritten at every start). */
    public void save(String username, String passwordHash, String displayName, Set<Role> roles, String companyId) {
        jdbc.sql("""
                insert into users (username, password_hash, display_name, roles, company_id)
                values (:username, :hash, :name, string_to_array(:roles, ','), :company)
                on conflict (username) do update set password_hash = excluded.password_hash,
                    display_name = excluded.display_name, roles = excluded.roles, company_id = excluded.company_id
                """)
                .param("username", username)
                .param("hash", passwordHash)
                .param("name", displayName)
                .param("roles", roles.stream().map(Role::group).collect(Collectors.joining(",")))
                .param("company", companyId)
                .update();
    }

    public List<String> usernamesWithRole(Role role) {
        return jdbc.sql("select username from users where :role = any(roles) and enabled order by username")
                .param("role", role.group())
                .query(String.class)
                .list();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] groups = (String[]) array.getArray();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(groups).map(Role::ofGroup).flatMap(java.util.Optional::stream).forEach(roles::add);
        return roles;
    }
}
