package vn.haugiang.digitalhelp.bot.limits;

import org.springframework.stereotype.Component;

/**
 * The rate limits in force: {@code digitalhelp.limits} as the service started, until {@link #use} puts
 * others in force while it runs (the in-memory buckets then start afresh). The service tests check the
 * limits at low values this way, on the one service every other test runs with limits out of its way.
 */
@Component
public class LimitsInForce {

    private final LimitsProperties configured;
    private volatile LimitsProperties current;

    public LimitsInForce(LimitsProperties configured) {
        this.configured = configured;
        this.current = configured;
    }

    public LimitsProperties current() {
        return current;
    }

    public void use(LimitsProperties limits) {
        this.current = limits;
    }

    /** Back to the configured limits. */
    public void useConfigured() {
        this.current = configured;
    }
}
