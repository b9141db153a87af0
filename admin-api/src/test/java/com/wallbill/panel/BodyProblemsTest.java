package com.wallbill.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional {@code field} member of the panel's problem responses, read from the detail's leading path. */
class BodyProblemsTest {

    @Test
    void aDetailStartingWithAFieldPathNamesThatField() {
        assertThat(BodyProblems.field("email: not an e-mail address")).isEqualTo("email");
        assertThat(BodyProblems.field("address.townName: is required")).isEqualTo("address.townName");
        assertThat(BodyProblems.field("readings[3].wh: has the wrong type or value")).isEqualTo("readings[3].wh");
    }

    @Test
    void aSentenceNamesNoField() {
        assertThat(BodyProblems.field("Wrong e-mail or password")).isNull();
        assertThat(BodyProblems.field("Verify your e-mail address first: follow the link we sent you")).isNull();
        assertThat(BodyProblems.field("No answer from the charge point within 30s")).isNull();
        assertThat(BodyProblems.field(null)).isNull();
    }

    @Test
    void theFieldGoesIntoTheProblemBodyOnlyWhenThereIsOne() {
        @SuppressWarnings("unchecked")
        Map<String, Object> named = (Map<String, Object>) BodyProblems.problem(400, "Bad Request",
                "refundPercent: must be between 0 and 100").getEntity();
        assertThat(named).containsEntry("field", "refundPercent").containsEntry("status", 400);
        @SuppressWarnings("unchecked")
        Map<String, Object> sentence = (Map<String, Object>) BodyProblems.problem(409, "Conflict",
                "This is the default card; make another card the default first").getEntity();
        assertThat(sentence).doesNotContainKey("field");
    }
}
