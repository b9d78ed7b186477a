package vn.haugiang.digitalhelp.admin.metrics;

import vn.haugiang.digitalhelp.bot.outcome.Skill;

/** The plan's skills as the steering committee names them, in the report and on the dashboard. */
public final class SkillLabels {

    private SkillLabels() {
    }

    public static String of(Skill skill) {
        return switch (skill) {
            case APP_INSTALLED -> "Cài ứng dụng Hậu Giang";
            case VNEID_LEVEL2 -> "VNeID mức 2";
            case DOSSIER_ONLINE -> "Nộp hồ sơ trực tuyến";
        };
    }
}
