package cn.supervision.registry.objects;

import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.objects.domain.Uscc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsccTest {

    @Test
    void acceptsTheStandardsExample() {
        assertThat(Uscc.parse("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void normalisesFullWidthCharactersSpacesAndLowerCase() {
        assertThat(Uscc.parse(" ９１３５０１００m０００１００y４３ ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void rejectsAWrongCheckCharacterNamingTheExpectedOne() {
        assertThatThrownBy(() -> Uscc.parse("91350100M000100Y44")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("expected '3'");
    }

    @Test
    void rejectsLettersOutsideTheAlphabetAndWrongLengths() {
        assertThat(Uscc.problemWith("91350100I000100Y43")).contains("not allowed");
        assertThat(Uscc.problemWith("9135010")).contains("18 characters");
        assertThat(Uscc.problemWith("")).isEqualTo("is required");
    }
}
