package cn.supervision.credit.rules;

import cn.supervision.credit.rules.domain.CreditList;
import cn.supervision.credit.rules.domain.RuleBook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBookLoaderTest {

    static InvalidRulesException rejected(String file) {
        try {
            RuleBookLoader.load(new ClassPathResource("rules/" + file));
        } catch (InvalidRulesException e) {
            return e;
        }
        throw new AssertionError(file + " was accepted");
    }

    @Test
    void theShippedRulesAreValidAndVersioned() {
        RuleBook rules = RuleBookLoader.load(new ClassPathResource("credit-rules.yml"));
        assertThat(rules.version()).isEqualTo("2026.1");
        assertThat(rules.listRules(CreditList.SERIOUS_VIOLATION).measures()).extracting(RuleBook.Measure::code)
                .contains("RESTRICT_PUBLIC_BIDDING", "NO_QUALIFICATION_UPGRADE", "NO_GOVERNMENT_FUNDING", "CLOSER_SUPERVISION");
    }

    @Test
    void anUnknownFieldIsRejectedWithItsPath() {
        assertThat(rejected("unknown-field.yml").problems()).singleElement().asString()
                .startsWith("lists[0].riskPointz: ").contains("riskPointz");
    }

    @Test
    void escalationsThatLeadBackToTheirStartAreRejectedAsNeverTerminating() {
        assertThat(rejected("cycle.yml").problems()).anySatisfy(p -> assertThat(p)
                .contains("lead back to").contains("never terminate"));
    }

    @Test
    void contradictoryRulesAndUnknownReferencesAreAllReportedAtOnce() {
        InvalidRulesException e = rejected("contradictory.yml");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("leaveRules[0].when").contains("contradictory"))
                .anySatisfy(p -> assertThat(p).startsWith("risk.levels[2].below"))
                .anySatisfy(p -> assertThat(p).startsWith("entryRules[0].when.severity").contains("unknown field for kind REFUSAL"))
                .anySatisfy(p -> assertThat(p).startsWith("risk.points[2].when.anyCategoryIn").contains("unknown result category 'Z'"));
        assertThat(e.getMessage()).contains("credit rules at").contains("contradictory.yml");
    }

    @Test
    void aFollowUpWithoutABoundOnReinspectionsIsRejected() {
        assertThat(rejected("endless-follow-up.yml").problems()).singleElement().asString().startsWith("followUp.maxAttempts");
    }

    @Test
    void anUnknownListIsRejected() {
        assertThatThrownBy(() -> RuleBookLoader.load(new org.springframework.core.io.ByteArrayResource(
                "version: x\nlists: [{list: BLACKLIST}]\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidRulesException.class).hasMessageContaining("lists[0].list");
    }
}
