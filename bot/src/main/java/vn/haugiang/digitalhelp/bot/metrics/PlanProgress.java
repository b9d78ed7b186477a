package vn.haugiang.digitalhelp.bot.metrics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.outcome.Skill;

/**
 * Confirmed skill outcomes per hamlet against its household count, beside the plan's targets. The
 * plan counts households; the bot knows residents, so a hamlet's households reached are approximated
 * as its residents who confirmed, capped at its households.
 */
@Component
public class PlanProgress {

    private final RollupReader rollups;
    private final AreaDirectory areas;
    private final MetricsProperties properties;

    public PlanProgress(RollupReader rollups, AreaDirectory areas, MetricsProperties properties) {
        this.rollups = rollups;
        this.areas = areas;
        this.properties = properties;
    }

    /** Every hamlet of the commune, with everything confirmed up to the end of {@code upTo}. */
    public List<HamletProgress> hamlets(String communeId, YearMonth upTo) {
        Map<String, Long> confirmed = new HashMap<>();
        for (Document month : rollups.monthsUpTo(communeId, upTo.toString())) {
            DailyRollup.counters(month, "outcomes").forEach((key, count) -> confirmed.merge(key, count, Long::sum));
        }
        List<HamletProgress> rows = new ArrayList<>();
        for (Hamlet hamlet : areas.hamletsOf(communeId)) {
            List<HamletProgress.SkillProgress> skills = new ArrayList<>();
            for (Skill skill : Skill.values()) {
                long residents = confirmed.getOrDefault(hamlet.id() + "|" + skill.name(), 0L);
                MetricsProperties.Target target = targetOf(skill);
                skills.add(new HamletProgress.SkillProgress(skill, residents,
                        MetricsQueries.share(Math.min(residents, hamlet.households()), hamlet.households()),
                        target.interim(), target.goal()));
            }
            rows.add(new HamletProgress(hamlet.id(), hamlet.name(), hamlet.households(), skills));
        }
        return rows;
    }

    /** Two milestones per skill (Kế hoạch 103/KH-UBND): digital skills are counted as VNeID level 2. */
    private MetricsProperties.Target targetOf(Skill skill) {
        MetricsProperties.Targets targets = properties.targets();
        return switch (skill) {
            case APP_INSTALLED -> new MetricsProperties.Target(targets.appInterim(), targets.appGoal());
            case VNEID_LEVEL2 -> new MetricsProperties.Target(targets.skillsInterim(), targets.skillsGoal());
            case DOSSIER_ONLINE -> new MetricsProperties.Target(targets.dossiersInterim(), targets.dossiersGoal());
        };
    }
}
