package vn.haugiang.digitalhelp.kb.time;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's time ({@code digitalhelp.time.*}).
 *
 * @param zone the one time zone of the whole service: days, months, duty hours and dates shown are counted in it
 */
@ConfigurationProperties("digitalhelp.time")
public record TimeProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}
