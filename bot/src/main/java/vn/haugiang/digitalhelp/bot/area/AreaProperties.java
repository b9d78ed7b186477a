package vn.haugiang.digitalhelp.bot.area;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long this instance keeps the area list in memory; an edit made through this instance
 *                 is seen at once, one made through another instance within this time
 */
@ConfigurationProperties("digitalhelp.areas")
public record AreaProperties(@DefaultValue("30s") Duration cacheTtl) {
}
