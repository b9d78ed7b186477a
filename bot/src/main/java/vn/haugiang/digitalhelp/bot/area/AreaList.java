package vn.haugiang.digitalhelp.bot.area;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every commune and hamlet as read at one moment: a few hundred small records, so the whole list is held
 * in memory and every lookup of the chat (the area dialogue, a request's hamlet name) is answered from it.
 *
 * @param communes the communes by folded name
 * @param hamlets  every hamlet by commune name, then hamlet name
 */
record AreaList(List<Commune> communes, List<Hamlet> hamlets, Map<String, Commune> communesById,
                Map<String, Hamlet> hamletsById, Map<String, List<Hamlet>> hamletsByCommune) {

    static final Comparator<Hamlet> BY_COMMUNE_THEN_NAME =
            Comparator.comparing((Hamlet hamlet) -> AreaDirectory.key(hamlet.communeName())).thenComparing(Hamlet::key);

    static AreaList of(List<Commune> communes, List<Hamlet> hamlets) {
        List<Hamlet> sorted = hamlets.stream().sorted(BY_COMMUNE_THEN_NAME).toList();
        return new AreaList(
                communes.stream().sorted(Comparator.comparing(Commune::key)).toList(),
                sorted,
                communes.stream().collect(Collectors.toUnmodifiableMap(Commune::id, Function.identity())),
                sorted.stream().collect(Collectors.toUnmodifiableMap(Hamlet::id, Function.identity())),
                sorted.stream().collect(Collectors.groupingBy(Hamlet::communeId,
                        Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                                .sorted(Comparator.comparing(Hamlet::key)).toList()))));
    }

    List<Hamlet> hamletsOf(String communeId) {
        return hamletsByCommune.getOrDefault(communeId, List.of());
    }
}
