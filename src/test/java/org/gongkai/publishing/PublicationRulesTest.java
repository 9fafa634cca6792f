package org.gongkai.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongkai.publishing.PublicationRules.Decision;
import org.gongkai.publishing.PublicationRules.Facts;
import org.gongkai.publishing.PublicationRules.Outcome;
import org.junit.jupiter.api.Test;

class PublicationRulesTest {
    private static Facts facts(String category, String kind, String cause) {
        return new Facts(category, kind, cause, false, false, false, false, null);
    }

    @Test
    void ordinaryCivilJudgmentIsPublished() {
        Decision d = PublicationRules.decide(facts("民事", "判决书", "民间借贷纠纷"));
        assertEquals(Outcome.PUBLISH, d.outcome());
    }

    @Test
    void stateSecretsAreWithheldWithoutStub() {
        Decision d = PublicationRules.decide(new Facts("刑事", "判决书", "间谍罪", true, false, false, false, null));
        assertEquals(Outcome.WITHHOLD, d.outcome());
        assertEquals("STATE_SECRET", d.ruleCode());
    }

    @Test
    void minorDefendantInCriminalCaseIsStub() {
        Decision d = PublicationRules.decide(new Facts("刑事", "判决书", "盗窃罪", false, false, false, true, null));
        assertEquals(Outcome.STUB, d.outcome());
        assertEquals("未成年人犯罪", d.reason());
    }

    @Test
    void minorPartyInCivilCaseDoesNotStopPublication() {
        Decision d = PublicationRules.decide(new Facts("民事", "判决书", "机动车交通事故责任纠纷", false, false, false, true, null));
        assertEquals(Outcome.PUBLISH, d.outcome());
    }

    @Test
    void mediationIsStubUnlessMarkedForPublicInterest() {
        assertEquals(
                Outcome.STUB,
                PublicationRules.decide(facts("民事", "调解书", "买卖合同纠纷")).outcome());
        assertEquals(
                Outcome.STUB,
                PublicationRules.decide(new Facts("民事", "裁定书", "买卖合同纠纷", false, true, false, false, null))
                        .outcome());
        assertEquals(
                Outcome.PUBLISH,
                PublicationRules.decide(new Facts("民事", "调解书", "环境污染责任纠纷", false, true, true, false, null))
                        .outcome());
    }

    @Test
    void divorceCustodyAndGuardianshipAreStubs() {
        for (String cause : List.of("离婚纠纷", "离婚后财产纠纷", "抚养纠纷", "变更抚养关系纠纷", "监护权纠纷", "探望权纠纷")) {
            Decision d = PublicationRules.decide(facts("民事", "判决书", cause));
            assertEquals(Outcome.STUB, d.outcome(), cause);
            assertEquals("FAMILY", d.ruleCode(), cause);
        }
    }

    @Test
    void courtCatchAllNeedsAndShowsItsReason() {
        Decision d = PublicationRules.decide(new Facts("民事", "判决书", "名誉权纠纷", false, false, false, false, "涉及个人隐私"));
        assertEquals(Outcome.STUB, d.outcome());
        assertTrue(d.reason().contains("涉及个人隐私"));
        assertEquals(
                Outcome.PUBLISH,
                PublicationRules.decide(new Facts("民事", "判决书", "名誉权纠纷", false, false, false, false, "  "))
                        .outcome());
    }

    @Test
    void stateSecretWinsOverEveryOtherRule() {
        Decision d = PublicationRules.decide(new Facts("刑事", "调解书", "离婚纠纷", true, true, false, true, "x"));
        assertEquals(Outcome.WITHHOLD, d.outcome());
    }

    @Test
    void minorDefendantRoles() {
        assertTrue(PublicationRules.hasMinorDefendant(List.of("被告人")));
        assertTrue(PublicationRules.hasMinorDefendant(List.of("上诉人（原审被告人）")));
        assertEquals(false, PublicationRules.hasMinorDefendant(List.of("被害人", "证人")));
    }
}
