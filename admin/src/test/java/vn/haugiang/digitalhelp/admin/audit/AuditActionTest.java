package vn.haugiang.digitalhelp.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The codes the audit log stores and the API gives are data: an action renamed in the code would split one
 * kind of change in two across the stored entries. Every action's code and kind, as written before the enums.
 */
class AuditActionTest {

    @ParameterizedTest
    @CsvSource({
            "ARTICLE_CREATE, article.create, article",
            "ARTICLE_EDIT, article.edit, article",
            "ARTICLE_PUBLISH, article.publish, article",
            "ARTICLE_ARCHIVE, article.archive, article",
            "ARTICLE_ROLLBACK, article.rollback, article",
            "ARTICLE_SEED_UPGRADE, article.seed-upgrade, article",
            "ARTICLE_SEED_OFFER, article.seed-offer, article",
            "ARTICLE_SEED_ADOPT, article.seed-adopt, article",
            "ARTICLE_SEED_KEEP, article.seed-keep, article",
            "IMAGE_UPLOAD, image.upload, image",
            "QUESTION_OUT_OF_SCOPE, question.out-of-scope, question",
            "ESCALATION_VIEW_PERSONAL_DATA, escalation.view-personal-data, escalation",
            "ESCALATION_CLAIM, escalation.claim, escalation",
            "ESCALATION_ASSIGN, escalation.assign, escalation",
            "ESCALATION_REPLY, escalation.reply, escalation",
            "ESCALATION_RESOLVE, escalation.resolve, escalation",
            "MEMBER_REGISTER, member.register, team_member",
            "MEMBER_EDIT, member.edit, team_member",
            "MEMBER_JOIN_LINK, member.join-link, team_member",
            "MEMBER_DEACTIVATE, member.deactivate, team_member",
            "HAMLET_ADD, hamlet.add, hamlet",
            "HAMLET_RENAME, hamlet.rename, hamlet",
            "HAMLET_HOUSEHOLDS, hamlet.households, hamlet",
            "HAMLET_REMOVE, hamlet.remove, hamlet",
            "AREA_IMPORT, area.import, area",
            "USER_CREATE, user.create, admin_user",
            "USER_ROLE, user.role, admin_user",
            "USER_DISABLE, user.disable, admin_user",
            "USER_ENABLE, user.enable, admin_user",
            "USER_PASSWORD_RESET, user.password.reset, admin_user",
            "USER_PASSWORD_CHANGE, user.password.change, admin_user"})
    void storesTheCodeAndKindItAlwaysHas(AuditAction action, String code, String subject) {
        assertThat(action.code()).isEqualTo(code);
        assertThat(action.subject().code()).isEqualTo(subject);
        assertThat(AuditAction.ofCode(code)).contains(action);
    }

    @Test
    void everyActionIsPinnedAboveAndSaysItselfInVietnamese() {
        assertThat(AuditAction.values()).hasSize(31);
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::label)).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).isNotBlank().matches("\\p{Lu}.*"));
    }
}
