package vn.haugiang.digitalhelp.bot.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Groups questions by wording: each is read as the set of its folded syllable pairs ("cai app hau" →
 * "cai app", "app hau"), and joins the cluster whose first wording shares the largest part of those
 * pairs (Jaccard at least {@value #MIN_SIMILARITY}), or starts a new one. Wordings are taken most
 * frequent first, so a cluster is seeded by its commonest form. Greedy and order-stable; clusters are
 * ranked by count, then alphabetically without diacritics.
 */
public final class GapClustering {

    static final double MIN_SIMILARITY = 0.3;
    static final int EXAMPLES = 5;

    private GapClustering() {
    }

    public static List<ContentGap> cluster(List<String> questions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> firstWording = new LinkedHashMap<>();
        for (String question : questions) {
            String folded = String.join(" ", syllables(question));
            if (!folded.isEmpty()) {
                counts.merge(folded, 1, Integer::sum);
                firstWording.putIfAbsent(folded, question.strip());
            }
        }
        List<String> wordings = new ArrayList<>(counts.keySet());
        wordings.sort(Comparator.comparing((String w) -> counts.get(w)).reversed().thenComparing(w -> w));
        List<Cluster> clusters = new ArrayList<>();
        for (String wording : wordings) {
            Set<String> pairs = pairs(wording);
            Cluster best = null;
            double bestSimilarity = MIN_SIMILARITY;
            for (Cluster cluster : clusters) {
                double similarity = jaccard(pairs, cluster.seedPairs);
                if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                    best = cluster;
                    bestSimilarity = similarity;
                }
            }
            if (best == null) {
                best = new Cluster(pairs);
                clusters.add(best);
            }
            best.count += counts.get(wording);
            best.wordings.add(firstWording.get(wording));
        }
        return clusters.stream()
                .map(cluster -> new ContentGap(cluster.wordings.get(0), cluster.count,
                        List.copyOf(cluster.wordings.subList(0, Math.min(EXAMPLES, cluster.wordings.size())))))
                .sorted(Comparator.comparingInt(ContentGap::count).reversed()
                        .thenComparing(gap -> VietnameseText.fold(gap.label())))
                .toList();
    }

    private static List<String> syllables(String question) {
        return List.of(VietnameseText.fold(question).split("[^\\p{L}\\p{N}]+")).stream().filter(s -> !s.isEmpty()).toList();
    }

    /** Neighbouring syllable pairs; a one-syllable wording is its own "pair". */
    private static Set<String> pairs(String folded) {
        String[] syllables = folded.split(" ");
        Set<String> pairs = new LinkedHashSet<>();
        if (syllables.length == 1) {
            pairs.add(syllables[0]);
        }
        for (int i = 0; i + 1 < syllables.length; i++) {
            pairs.add(syllables[i] + " " + syllables[i + 1]);
        }
        return pairs;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static final class Cluster {
        final Set<String> seedPairs;
        final List<String> wordings = new ArrayList<>();
        int count;

        Cluster(Set<String> seedPairs) {
            this.seedPairs = seedPairs;
        }
    }
}
