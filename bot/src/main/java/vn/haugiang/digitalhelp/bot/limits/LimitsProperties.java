package vn.haugiang.digitalhelp.bot.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on everything the public can send ({@code digitalhelp.limits.*}). The README's "Security"
 * section lists each one with its default.
 *
 * @param maxBody                  largest request body (JSON or form) read at all; larger ones get 413
 * @param maxUpload                largest zip upload (the guide import, {@code application/zip}); multipart
 *                                 uploads are held by {@code spring.servlet.multipart.*}
 * @param maxText                  characters of one message from a resident or a team member
 * @param chatPerAddress           chat messages one client address may send (per instance)
 * @param chatPerResident          chat messages one web chat session may send (per instance)
 * @param requestsPerAddressPerDay requests for a person opened from one client address per day (shared)
 * @param communeRequestsPerHour   new requests of one commune per hour sent to members' phones; the rest
 *                                 go to the admin queue (shared)
 * @param telegramFlood            messages one Telegram chat may send before it is asked to slow down
 */
@ConfigurationProperties("digitalhelp.limits")
public record LimitsProperties(
        @DefaultValue("16KB") DataSize maxBody,
        @DefaultValue("5MB") DataSize maxUpload,
        @DefaultValue("2000") int maxText,
        Rate chatPerAddress,
        Rate chatPerResident,
        @DefaultValue("3") int requestsPerAddressPerDay,
        @DefaultValue("20") int communeRequestsPerHour,
        Rate telegramFlood) {

    /**
     * The rates' defaults (30 a minute per address, 12 a minute per resident, 8 in 30 s on Telegram). They
     * are set here because a default value cannot spell a whole record; a rate given only in part takes
     * the rest from {@link Rate}'s own defaults.
     */
    public LimitsProperties {
        chatPerAddress = chatPerAddress == null ? new Rate(30, Duration.ofMinutes(1)) : chatPerAddress;
        chatPerResident = chatPerResident == null ? new Rate(12, Duration.ofMinutes(1)) : chatPerResident;
        telegramFlood = telegramFlood == null ? new Rate(8, Duration.ofSeconds(30)) : telegramFlood;
    }

    /** At most {@code count} events in any window of {@code per}. */
    public record Rate(@DefaultValue("30") int count, @DefaultValue("1m") Duration per) {
    }
}
