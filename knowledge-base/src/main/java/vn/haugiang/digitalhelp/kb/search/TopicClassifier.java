package vn.haugiang.digitalhelp.kb.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which topic a question asks about, learned from labelled questions: the guides' own titles and
 * questions and the shipped examples of how residents ask ({@code search/examples.tsv}). A multinomial
 * naive Bayes classifier over the question's folded words and word pairs, each counted with the weight
 * the search reads it with (a typo's correction counts less than a typed word).
 *
 * <p>Word matching (BM25) finds the guides that share the question's words; this decides among them when
 * several topics share most of those words ("trạng thái yêu cầu bổ sung" asks what a dossier's status
 * means, not how to add papers), which is where matching words alone goes wrong.
 *
 * <p>Every topic starts alike (no prior from how many examples it has). A topic with few examples loses less
 * on a word it has never seen, so a new topic taught only by its guide's title and questions is slightly
 * favoured on words no topic knows well; the guide's alternative questions are what teaches it.
 *
 * <p>Learning is one pass over the examples, so it costs little for many topics and guides; a logistic
 * regression was as accurate on the development set but learns one model per topic.
 */
final class TopicClassifier {

    /**
     * Additive smoothing of the word counts (chosen on the development set: 0.05 → recall@1 0.976 ranking
     * alone, 0.3 → 0.967, 1 → 0.955).
     */
    private static final double SMOOTHING = 0.05;

    private final Map<String, Integer> topicIndex;
    /** Per topic: the log-probability of a word the topic's examples never use. */
    private final double[] unseen;
    /** Per feature: the topics whose examples use it, and what each gains over an unseen word. */
    private final Map<String, Gains> gains;

    private TopicClassifier(Map<String, Integer> topicIndex, double[] unseen, Map<String, Gains> gains) {
        this.topicIndex = topicIndex;
        this.unseen = unseen;
        this.gains = gains;
    }

    /** One labelled question, as the search reads it. */
    record Example(QueryTerms terms, String topic) {
    }

    /** The topics that use one feature (ascending) and each one's gain. */
    private record Gains(int[] topics, double[] values) {
    }

    /**
     * Learns the examples' topics; null when they name fewer than two topics or have no words at all (there is
     * nothing to decide).
     */
    static TopicClassifier train(List<Example> examples) {
        Map<String, Integer> topicIndex = new HashMap<>();
        examples.stream().map(Example::topic).distinct().sorted().forEach(topic -> topicIndex.put(topic, topicIndex.size()));
        if (topicIndex.size() < 2) {
            return null;
        }
        Map<String, Map<Integer, Double>> counts = new HashMap<>();
        double[] totals = new double[topicIndex.size()];
        for (Example example : examples) {
            int topic = topicIndex.get(example.topic());
            features(example.terms()).forEach((feature, weight) -> {
                counts.computeIfAbsent(feature, unused -> new TreeMap<>()).merge(topic, weight, Double::sum);
                totals[topic] += weight;
            });
        }
        if (counts.isEmpty()) {
            return null;
        }
        double vocabulary = counts.size();
        double[] unseen = new double[totals.length];
        for (int topic = 0; topic < unseen.length; topic++) {
            unseen[topic] = Math.log(SMOOTHING / (totals[topic] + SMOOTHING * vocabulary));
        }
        Map<String, Gains> gains = new HashMap<>(counts.size() * 2);
        counts.forEach((feature, byTopic) -> {
            int[] topics = new int[byTopic.size()];
            double[] values = new double[byTopic.size()];
            int i = 0;
            for (Map.Entry<Integer, Double> count : byTopic.entrySet()) {
                topics[i] = count.getKey();
                values[i++] = Math.log((count.getValue() + SMOOTHING) / SMOOTHING);
            }
            gains.put(feature, new Gains(topics, values));
        });
        return new TopicClassifier(Map.copyOf(topicIndex), unseen, gains);
    }

    /**
     * Every learned topic's probability for the question. Words no example uses say nothing and are left
     * out; a question with none of the learned words gets every topic alike.
     */
    Likelihoods likelihoods(QueryTerms terms) {
        double[] scores = new double[unseen.length];
        double known = 0;
        for (Map.Entry<String, Double> feature : features(terms).entrySet()) {
            Gains gain = gains.get(feature.getKey());
            if (gain == null) {
                continue;
            }
            known += feature.getValue();
            for (int i = 0; i < gain.topics().length; i++) {
                scores[gain.topics()[i]] += feature.getValue() * gain.values()[i];
            }
        }
        if (known == 0) {
            Arrays.fill(scores, 1.0 / scores.length);
            return new Likelihoods(topicIndex, scores);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int topic = 0; topic < scores.length; topic++) {
            scores[topic] += known * unseen[topic];
            best = Math.max(best, scores[topic]);
        }
        double sum = 0;
        for (int topic = 0; topic < scores.length; topic++) {
            scores[topic] = Math.exp(scores[topic] - best);
            sum += scores[topic];
        }
        for (int topic = 0; topic < scores.length; topic++) {
            scores[topic] /= sum;
        }
        return new Likelihoods(topicIndex, scores);
    }

    /** A question's probability of each learned topic. */
    static final class Likelihoods {

        private final Map<String, Integer> topicIndex;
        private final double[] probabilities;

        private Likelihoods(Map<String, Integer> topicIndex, double[] probabilities) {
            this.topicIndex = topicIndex;
            this.probabilities = probabilities;
        }

        /** The topic's probability; 0 for a topic no example taught. */
        double of(String topic) {
            Integer index = topicIndex.get(topic);
            return index == null ? 0 : probabilities[index];
        }

        /** The highest probability of any topic but this one. */
        double bestExcept(String topic) {
            Integer except = topicIndex.get(topic);
            double best = 0;
            for (int i = 0; i < probabilities.length; i++) {
                if (except == null || i != except) {
                    best = Math.max(best, probabilities[i]);
                }
            }
            return best;
        }
    }

    /** The question's folded words and word pairs with their reading weights. */
    private static Map<String, Double> features(QueryTerms terms) {
        Map<String, Double> features = new HashMap<>();
        terms.folded().forEach((word, weight) -> features.put("w:" + word, (double) weight));
        terms.bigrams().forEach((pair, weight) -> features.put("p:" + pair, (double) weight));
        return features;
    }
}
