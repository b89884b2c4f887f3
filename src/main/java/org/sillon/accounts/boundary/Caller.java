package org.sillon.accounts.boundary;

import java.util.Set;
import java.util.stream.Collectors;
import org.sillon.accounts.entity.Account;
import org.sillon.accounts.entity.Role;

/** Who is calling and with which roles, as the security mechanism hands it to the container. */
public record Caller(String username, Set<Role> roles) {

    public static Caller of(Account account) {
        return new Caller(account.username(), Set.copyOf(account.roles()));
    }

    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
