package vn.haugiang.digitalhelp.bot.outage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The buffer of turn writes while MongoDB is away ({@code digitalhelp.bot.turn-buffer.*}).
 *
 * @param capacity       writes kept in memory at most (a turn is one to three); later ones are dropped and counted
 * @param writeBackCheck how often the buffer tries to write what it holds back to MongoDB
 */
@ConfigurationProperties("digitalhelp.bot.turn-buffer")
public record TurnBufferProperties(
        @DefaultValue("10000") int capacity,
        @DefaultValue("1s") Duration writeBackCheck) {
}
