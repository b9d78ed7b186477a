package vn.haugiang.digitalhelp.bot.metrics;

import java.util.List;

/**
 * Questions of similar wording the guides did not serve.
 *
 * @param label    the most frequent wording of the cluster
 * @param count    how many questions fell into it
 * @param examples up to five distinct wordings, the most frequent first
 */
public record ContentGap(String label, int count, List<String> examples) {
}
