package vn.haugiang.digitalhelp.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;

class ListenerFailuresStayWithTheListenerTest {

    record TurnRecorded(String id) {
    }

    static class BrokenRollups {
        @EventListener
        void on(TurnRecorded turn) {
            throw new IllegalStateException("rollup store unavailable");
        }
    }

    static class Meters {
        final List<String> seen = new ArrayList<>();

        @EventListener
        void on(TurnRecorded turn) {
            seen.add(turn.id());
        }
    }

    @Test
    void aFailingListenerNeitherReachesThePublisherNorStopsTheOthers() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
                ListenerFailuresStayWithTheListener.class, BrokenRollups.class, Meters.class)) {
            assertThatCode(() -> context.publishEvent(new TurnRecorded("t1"))).doesNotThrowAnyException();
            assertThat(context.getBean(Meters.class).seen).containsExactly("t1");
        }
    }

    @Test
    void withoutItTheFailureWouldReachThePublisher() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
                BrokenRollups.class, Meters.class)) {
            assertThatCode(() -> context.publishEvent(new TurnRecorded("t2")))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
