package org.sillon.accounts.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String USERNAME = "jeanne.martin";

    private static String refusal(String username, String password) {
        return assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(username, password))
                .getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Les carottes sont cuites !", "abcdabcdabcd",
            "p4ssw0rd-du-jardin", "Tomates&Courges2024"})
    void aGoodPassphrasePasses(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, password));
    }

    @Test
    void aPasswordIsCheckedEvenWithoutAUsername() {
        assertDoesNotThrow(() -> PasswordPolicy.check(null, "correct horse battery staple"));
        assertEquals("must have at least 12 characters", refusal(null, "short"));
    }

    @Test
    void tooShort() {
        assertEquals("must have at least 12 characters", refusal(USERNAME, null));
        assertEquals("must have at least 12 characters", refusal(USERNAME, ""));
        assertEquals("must have at least 12 characters", refusal(USERNAME, "abcdefghijk")); // 11
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, "abcdefghijkl")); // 12
    }

    @Test
    void lengthIsCountedInCodePointsNotCharsForTheMinimum() {
        // eleven emoji: 22 UTF-16 chars but only 11 characters
        String elevenEmoji = "\uD83C\uDF45\uD83C\uDF46\uD83E\uDD55\uD83C\uDF3D\uD83E\uDD6C\uD83E\uDD52"
                + "\uD83C\uDF36\uD83E\uDDC5\uD83E\uDDC4\uD83C\uDF4E\uD83C\uDF50";
        assertEquals(22, elevenEmoji.length());
        assertEquals(11, elevenEmoji.codePointCount(0, elevenEmoji.length()));
        assertEquals("must have at least 12 characters", refusal(USERNAME, elevenEmoji));
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, elevenEmoji + "\uD83C\uDF47"));
    }

    @Test
    void tooLong() {
        String longest = "abcdefgh".repeat(16); // 128
        assertEquals(PasswordPolicy.MAX_LENGTH, longest.length());
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, longest));
        assertEquals("must have at most 128 characters", refusal(USERNAME, longest + "x"));
        assertEquals("must have at most 128 characters", refusal(USERNAME, "abcdefgh".repeat(100)));
    }

    @Test
    void theMaximumIsCountedInCharactersLikeTheMinimum() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            b.appendCodePoint(0x1F345 + i % 20); // 100 characters, 200 UTF-16 chars
        }
        String hundredCharacters = b.toString();
        assertEquals(100, hundredCharacters.codePointCount(0, hundredCharacters.length()));
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, hundredCharacters));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jeanne.martin", "JEANNE.MARTIN", "Jeanne.Martin", "  jeanne.martin  ", "\tJeanne.MARTIN\n"})
    void mustNotBeTheUsernameWhateverTheCase(String password) {
        assertEquals("must not be the username", refusal(USERNAME, password));
    }

    @Test
    void mayContainTheUsername() {
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, "jeanne.martin aime les courges"));
    }

    @Test
    void aBlankPasswordIsRefused() {
        assertEquals("must not be the username", refusal(USERNAME, " ".repeat(12)));
        assertEquals("must not be the username", refusal(USERNAME, "\t".repeat(20)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "abcabcabcabc", "111111111111111", "azeazeazeazeazeaze"})
    void fewDistinctCharactersAreRefused(String password) {
        assertEquals("must not repeat the same few characters", refusal(USERNAME, password));
    }

    @Test
    void fourDistinctCharactersAreEnough() {
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, "abcdabcdabcd"));
        assertDoesNotThrow(() -> PasswordPolicy.check(USERNAME, "1234123412341234"));
    }
}
