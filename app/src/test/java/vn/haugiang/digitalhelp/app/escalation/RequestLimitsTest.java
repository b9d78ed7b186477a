package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;

/** A resident has at most one request open, and a few a day. */
class RequestLimitsTest extends EscalationServiceTest {

    @Test
    void aResidentHasAtMostOneOpenRequestAndAFewADay() {
        Resident resident = residentOf(north);
        assertThat(requests.open(resident, "câu 1", List.of(), List.of()).opened()).isTrue();
        ResidentEscalations.Opening again = requests.open(current(resident), "câu 2", List.of(), List.of());
        assertThat(again.opened()).isFalse();
        assertThat(again.replies().get(0).markdown()).contains("đang có một yêu cầu");

        for (int i = 0; i < 2; i++) {
            requests.cancel(current(resident), current(resident).activeEscalationId());
            assertThat(requests.open(current(resident), "câu " + i, List.of(), List.of()).opened()).isTrue();
        }
        requests.cancel(current(resident), current(resident).activeEscalationId());
        ResidentEscalations.Opening fourth = requests.open(current(resident), "câu 4", List.of(), List.of());
        assertThat(fourth.opened()).isFalse();
        assertThat(fourth.replies().get(0).markdown()).contains("nhiều yêu cầu");

        clock.advance(Duration.ofDays(1));
        assertThat(requests.open(current(resident), "ngày mới", List.of(), List.of()).opened()).isTrue();
    }
}
