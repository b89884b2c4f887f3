package org.sillon.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.FormLogin;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * Login throttling by client address, through the real login page: a flood of wrong passwords from one
 * address makes that address wait, refused without a hash, while the account's owner logs in from elsewhere.
 * Each test fails from addresses of its own (X-Forwarded-For, which the test server trusts from 127.0.0.1),
 * so that the other tests, logging in from 127.0.0.1, never wait.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern WAIT = Pattern.compile("Trop de tentatives depuis cette adresse ou ce réseau : "
            + "réessayez dans (\\d+) seconde");
    private static final String WRONG = "Identifiant ou mot de passe incorrect";
    private static final String BUSY = "réessayez dans un instant";

    @ArquillianResource
    URL base;

    /** A client address no other test uses in this run (198.18.0.0/15 is set aside for tests). */
    static String uniqueAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    @Test
    void aFloodFromOneAddressDoesNotLockTheAccountOutElsewhere() throws InterruptedException {
        Staff.Member admin = Staff.create(Api.at(base), "ADMIN");
        URI uri = URI.create(base.toString());
        String flood = uniqueAddress();

        long waitSeconds = 0;
        for (int guess = 0; waitSeconds < 4; guess++) {
            FormLogin.Result r = FormLogin.login(uri, admin.username(), "guess " + guess, flood);
            assertFalse(r.succeeded(), r.toString());
            Matcher wait = WAIT.matcher(r.body());
            if (wait.find()) {
                waitSeconds = Long.parseLong(wait.group(1));
                if (waitSeconds < 4) {
                    Thread.sleep(waitSeconds * 1000);
                }
            } else if (r.body().contains(BUSY)) {
                Thread.sleep(1000); // other tests failed a lot this minute: this address waits its turn
            } else {
                assertTrue(r.body().contains(WRONG), r.body());
                assertTrue(guess < 5, "the sixth failure makes the address wait: " + r.body());
            }
        }

        // the address now waits 4 s: even the right password is refused, without a hash being spent on it
        FormLogin.Result refused = FormLogin.login(uri, admin.username(), Staff.PASSWORD, flood);
        assertFalse(refused.succeeded());
        assertTrue(WAIT.matcher(refused.body()).find(), refused.body());

        FormLogin.Result elsewhere = FormLogin.login(uri, admin.username(), Staff.PASSWORD, uniqueAddress());
        assertTrue(elsewhere.succeeded(), "the owner logs in from another address: " + elsewhere);
        assertEquals(200, Api.at(base).withCookie(elsewhere.cookie()).get("/api/v1/accounts").status());
        assertTrue(FormLogin.login(uri, admin.username(), Staff.PASSWORD).succeeded(), "and from the tests' own");
    }

    @Test
    void unknownUsernamesCountAgainstTheAddressAndSayNothingMore() {
        URI uri = URI.create(base.toString());
        String prober = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            FormLogin.Result r = FormLogin.login(uri, Staff.unique("nobody"), "guess", prober);
            assertTrue(r.body().contains(WRONG), r.body());
        }
        FormLogin.Result sixth = FormLogin.login(uri, Staff.unique("nobody"), "guess", prober);
        assertTrue(WAIT.matcher(sixth.body()).find(), sixth.body());
    }

    @Test
    void theThrottleTableStaysBounded() throws Exception {
        // the test server keeps at most 10 addresses (SILLON_LOGIN_MAX_TRACKED_ADDRESSES in the pom)
        Staff.Member member = Staff.create(Api.at(base), "GARDEN");
        for (int i = 0; i < 13; i++) {
            Problems.assertField(Api.at(base).as(member.token()).from(uniqueAddress()).put("/api/v1/me/password",
                    Api.json("currentPassword", "wrong " + i, "newPassword", "whatever passphrase")), "currentPassword");
        }
        long rows = TestServices.count("select count(*) from login_throttle");
        assertTrue(rows <= 10, rows + " rows");
        assertTrue(rows >= 5, "the newest addresses are kept: " + rows + " rows");
        assertEquals(0, TestServices.count("select count(*) from login_throttle where address = '127.0.0.1'"
                + " and blocked_until > now()"), "the tests' own address never waits");
    }
}
