package vn.haugiang.digitalhelp.bot.privacy;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.RetentionProperties;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.resident.Resident;

/**
 * The privacy notice a resident sees at first contact (and again with {@code /quyenriengtu}): what is
 * stored, why, for how long (the configured retention periods), who sees it, and the rights commands.
 * Its version is {@link Resident#NOTICE_VERSION}.
 */
@Component
public class PrivacyNotice {

    private final ResidentMessages messages;
    private final MetricsProperties metrics;
    private final RetentionProperties retention;

    public PrivacyNotice(ResidentMessages messages, MetricsProperties metrics, RetentionProperties retention) {
        this.messages = messages;
        this.metrics = metrics;
        this.retention = retention;
    }

    public String text() {
        return messages.format(ResidentText.PRIVACY_NOTICE, metrics.questionRetention().toDays(),
                retention.requestData().toDays(), retention.inactiveChat().toDays() / 30);
    }

    /** Whether this resident has yet to see the current notice. */
    public boolean isDueFor(Resident resident) {
        return resident.noticeVersion() < Resident.NOTICE_VERSION;
    }
}
