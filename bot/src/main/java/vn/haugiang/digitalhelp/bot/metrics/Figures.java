package vn.haugiang.digitalhelp.bot.metrics;

/**
 * The headline figures of a period.
 *
 * @param questions       typed questions the guides were searched for (= answered + suggested + fallback)
 * @param residents       unique residents who wrote
 * @param answered        questions answered outright with a guide
 * @param suggested       questions answered with guides to choose from
 * @param fallback        questions no guide fitted
 * @param escalated       requests for a person opened
 * @param conversations   conversations (one resident's turns on one day)
 * @param containmentRate share of conversations without a request for a person
 * @param escalationRate  share of conversations with one
 * @param resolvedByBot   answers not followed, in their conversation, by "Chưa được", a fallback or a request for a person
 * @param resolvedRate    resolvedByBot per question
 * @param answerRate      answered per question
 * @param confirmedOutcomes residents' confirmations that they managed a skill ("Rồi, đã làm được")
 */
public record Figures(
        long questions,
        long residents,
        long answered,
        long suggested,
        long fallback,
        long escalated,
        long conversations,
        double containmentRate,
        double escalationRate,
        long resolvedByBot,
        double resolvedRate,
        double answerRate,
        long confirmedOutcomes) {
}
