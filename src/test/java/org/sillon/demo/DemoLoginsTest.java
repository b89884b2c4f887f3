package org.sillon.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.sillon.accounts.control.Passwords;

/** The demo logins carry their passwords' hashes, computed ahead: each must still match its password. */
class DemoLoginsTest {

    @Test
    void eachStoredHashMatchesItsPublishedPassword() throws Exception {
        assertEquals(5, DemoData.LOGINS.size());
        for (String[] login : DemoData.LOGINS) {
            String stored = login[4];
            assertTrue(Passwords.isStoredForm(stored), login[0]);
            // algorithm:iterations:salt:hash, as Soteria's Pbkdf2PasswordHash writes and verifies it
            String[] parts = stored.split(":");
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = SecretKeyFactory.getInstance(parts[0]).generateSecret(new PBEKeySpec(
                    login[1].toCharArray(), salt, Integer.parseInt(parts[1]), expected.length * 8)).getEncoded();
            assertArrayEquals(expected, actual, login[0]);
        }
    }
}
