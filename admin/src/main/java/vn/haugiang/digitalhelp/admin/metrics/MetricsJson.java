package vn.haugiang.digitalhelp.admin.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.haugiang.digitalhelp.bot.metrics.ArticleFeedback;
import vn.haugiang.digitalhelp.bot.metrics.ContentGap;
import vn.haugiang.digitalhelp.bot.metrics.CountRow;
import vn.haugiang.digitalhelp.bot.metrics.EscalationFigures;
import vn.haugiang.digitalhelp.bot.metrics.Figures;
import vn.haugiang.digitalhelp.bot.metrics.HamletProgress;

/** The API's JSON shapes, with snake_case keys spelled out here rather than derived from Java names. */
final class MetricsJson {

    private MetricsJson() {
    }

    static Map<String, Object> figures(Figures f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("questions", f.questions());
        json.put("residents", f.residents());
        json.put("answered", f.answered());
        json.put("suggested", f.suggested());
        json.put("fallback", f.fallback());
        json.put("escalated", f.escalated());
        json.put("conversations", f.conversations());
        json.put("containment_rate", f.containmentRate());
        json.put("escalation_rate", f.escalationRate());
        json.put("resolved_by_bot", f.resolvedByBot());
        json.put("resolved_rate", f.resolvedRate());
        json.put("answer_rate", f.answerRate());
        json.put("confirmed_outcomes", f.confirmedOutcomes());
        return json;
    }

    static List<Map<String, Object>> rows(List<CountRow> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", row.key());
            json.put("name", row.name());
            json.put("questions", row.questions());
            json.put("answered", row.answered());
            json.put("suggested", row.suggested());
            json.put("fallback", row.fallback());
            json.put("escalated", row.escalated());
            json.put("guides_shown", row.guidesShown());
            return json;
        }).toList();
    }

    static Map<String, Object> escalations(EscalationFigures e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("claimed", e.claimed());
        json.put("claim_median_seconds", e.claimMedianSeconds());
        json.put("claim_p90_seconds", e.claimP90Seconds());
        json.put("resolved", e.resolved());
        json.put("resolve_median_seconds", e.resolveMedianSeconds());
        json.put("resolve_p90_seconds", e.resolveP90Seconds());
        json.put("ratings", e.ratings());
        json.put("average_rating", e.averageRating());
        return json;
    }

    static List<Map<String, Object>> feedback(List<ArticleFeedback> feedback) {
        return feedback.stream().map(article -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("article_id", article.articleId());
            json.put("topic", article.topic());
            json.put("title", article.title());
            json.put("done", article.done());
            json.put("not_yet", article.notYet());
            return json;
        }).toList();
    }

    static List<Map<String, Object>> gaps(List<ContentGap> gaps) {
        return gaps.stream().map(gap -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("label", gap.label());
            json.put("count", gap.count());
            json.put("examples", gap.examples());
            return json;
        }).toList();
    }

    static List<Map<String, Object>> progress(List<HamletProgress> hamlets) {
        return hamlets.stream().map(hamlet -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("hamlet_id", hamlet.hamletId());
            json.put("name", hamlet.name());
            json.put("households", hamlet.households());
            json.put("skills", hamlet.skills().stream().map(skill -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("skill", skill.skill().name());
                s.put("confirmed", skill.confirmed());
                s.put("share", skill.share());
                s.put("interim_target", skill.interimTarget());
                s.put("goal_target", skill.goalTarget());
                return s;
            }).toList());
            return json;
        }).toList();
    }
}
