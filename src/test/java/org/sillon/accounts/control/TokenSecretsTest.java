package org.sillon.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void generateGivesThePrefixAndFortyBase62Characters() {
        for (int i = 0; i < 200; i++) {
            String secret = TokenSecrets.generate();
            assertEquals(44, secret.length());
            assertTrue(secret.startsWith("sil_"), secret);
            assertTrue(secret.matches("sil_[0-9A-Za-z]{40}"), secret);
        }
    }

    @Test
    void generateUsesTheWholeAlphabet() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            for (char c : TokenSecrets.generate().substring(4).toCharArray()) {
                seen.add(c);
            }
        }
        // 40 000 draws over 62 symbols: every one of them turns up
        assertEquals(62, seen.size());
    }

    @Test
    void generatedSecretsAreUnique() {
        Set<String> secrets = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = TokenSecrets.generate();
            secrets.add(secret);
            hashes.add(TokenSecrets.hash(secret));
        }
        assertEquals(1000, secrets.size());
        assertEquals(1000, hashes.size());
    }

    @Test
    void hashIsTheLowerCaseHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TokenSecrets.hash(""));
    }

    @Test
    void hashIsStableAnd64HexCharacters() {
        String secret = TokenSecrets.generate();
        String hash = TokenSecrets.hash(secret);
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, TokenSecrets.hash(secret));
        assertEquals(hash, TokenSecrets.hash(new String(secret.toCharArray())));
        assertNotEquals(hash, TokenSecrets.hash(secret + "x"));
    }

    @Test
    void hashReadsTheSecretAsUtf8() {
        // SHA-256 of the UTF-8 bytes of "é" (c3 a9)
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", TokenSecrets.hash("é"));
        assertNotEquals(TokenSecrets.hash("e"), TokenSecrets.hash("é"));
    }

    @Test
    void displayPrefixShowsThePrefixAndFourCharacters() {
        assertEquals("sil_AbC1", TokenSecrets.displayPrefix("sil_AbC1xyz0123456789"));
        String secret = TokenSecrets.generate();
        assertEquals(secret.substring(0, 8), TokenSecrets.displayPrefix(secret));
        assertEquals(8, TokenSecrets.displayPrefix(secret).length());
    }

    @Test
    void displayPrefixOfAShortSecretIsTheWholeSecret() {
        assertEquals("sil_A", TokenSecrets.displayPrefix("sil_A"));
        assertEquals("", TokenSecrets.displayPrefix(""));
    }
}
