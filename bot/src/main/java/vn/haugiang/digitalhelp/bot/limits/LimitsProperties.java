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
        @DefaultValue({"30", "1m"}) Rate chatPerAddress,
        @DefaultValue({"12", "1m"}) Rate chatPerResident,
        @DefaultValue("3") int requestsPerAddressPerDay,
        @DefaultValue("20") int communeRequestsPerHour,
        @DefaultValue({"8", "30s"}) Rate telegramFlood) {

    /** At most {@code count} events in any window of {@code per}. */
    public record Rate(@DefaultValue("30") int count, @DefaultValue("1m") Duration per) {
    }
}
