package org.sillon.accounts.boundary;

import java.util.Set;
import java.util.stream.Collectors;
import org.sillon.accounts.control.TokenSecrets;
import org.sillon.accounts.entity.Account;
import org.sillon.platform.boundary.Role;

/**
 * Who is calling and with which roles, as the security mechanism hands it to the container; facades get the
 * fuller {@link org.sillon.platform.boundary.Caller}. The stamp changes with the password, so that a session
 * opened before a password change (or reset) ends with it.
 */
public record CallerIdentity(String username, Set<Role> roles, String stamp) {

    public static CallerIdentity of(Account account) {
        String hash = account.passwordHash() == null ? "" : account.passwordHash();
        return new CallerIdentity(account.username(), Set.copyOf(account.roles()),
                TokenSecrets.hash(hash).substring(0, 16));
    }

    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
