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
        assertThat(policy.problem("y".repeat(128))).as("exactly the maximum").isEmpty();
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
    void refusesPasswordsLongerThan128Characters() {
        assertThat(policy.problem("z".repeat(129))).contains("Password must be 128 characters or fewer");
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
