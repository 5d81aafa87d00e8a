package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void acceptsALongUncommonPasswordWithoutAnyCompositionRules() {
        assertThat(policy.problem("correct horse battery staple")).isEmpty();
        assertThat(policy.problem("alllowercaseletters")).as("no digits or symbols demanded").isEmpty();
        assertThat(policy.problem("x".repeat(12))).as("twelve of one letter is a common password").isPresent();
        assertThat(policy.problem("plum kettle7")).as("exactly the minimum").isEmpty();
        assertThat(policy.problem("y".repeat(72))).as("exactly the maximum").isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.problem("")).contains("Password must be 12 characters or more");
        assertThat(policy.problem(null)).contains("Password must be 12 characters or more");
        assertThat(policy.problem("elevenchars")).contains("Password must be 12 characters or more");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Six emoji are twelve UTF-16 units but six characters
        assertThat(policy.problem("\uD83D\uDE00".repeat(6))).contains("Password must be 12 characters or more");
        assertThat(policy.problem("\uD83D\uDE00".repeat(12))).isEmpty();
    }

    @Test
    void refusesPasswordsLongerThanBcryptReads() {
        String tooLong = "Password must be 72 characters or fewer (accented letters and emoji count as 2 to 4)";
        assertThat(policy.problem("z".repeat(73))).contains(tooLong);
        assertThat(policy.problem("z".repeat(128))).contains(tooLong);
        assertThat(policy.problem("\u00e9".repeat(37))).as("37 accented letters are 74 bytes").contains(tooLong);
        assertThat(policy.problem("\u00e9".repeat(36))).isEmpty();
    }

    @Test
    void everyPasswordItAcceptsCanBeHashed() {
        var bcrypt = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4);
        for (String accepted : new String[] {"y".repeat(72), "\u00e9".repeat(36), "\uD83D\uDE00".repeat(18)}) {
            assertThat(policy.problem(accepted)).isEmpty();
            assertThat(bcrypt.matches(accepted, bcrypt.encode(accepted))).isTrue();
        }
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.problem("qwerty123456")).hasValueSatisfying(problem -> assertThat(problem).contains("most common"));
        assertThat(policy.problem("QWERTY123456")).isPresent();
        assertThat(policy.problem("1qaz2wsx3edc")).isPresent();
    }

    @Test
    void comparesTheWholePasswordWithTheListIgnoringCase() {
        PasswordPolicy tiny = new PasswordPolicy(java.util.Set.of("Exactly-this-one"));

        assertThat(tiny.problem("exactly-THIS-one")).isPresent();
        assertThat(tiny.problem("exactly-this-one!")).isEmpty();
    }
}
