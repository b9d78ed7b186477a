package vn.haugiang.digitalhelp.bot.protection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Before the service takes its first message, protects what an older version stored unprotected
 * (plain-text chat ids, phone numbers and transcripts; profiles without a pseudonym) and removes the
 * pseudonym key that older versions kept in the database itself.
 */
@Component
class LegacyDataProtection implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(LegacyDataProtection.class);

    private final KeyRotation rotation;

    LegacyDataProtection(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public void afterPropertiesSet() {
        KeyRotation.Result result = rotation.protectLegacyData();
        if (result.residentsRekeyed() > 0 || result.documentsResealed() > 0) {
            log.info("Protected stored data: {} resident profiles given a pseudonym, {} documents encrypted",
                    result.residentsRekeyed(), result.documentsResealed());
        }
    }
}
