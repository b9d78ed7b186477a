package vn.haugiang.digitalhelp.bot.area;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A hamlet (ấp) or urban area (khu vực) of a commune, with its household count, the denominator of the
 * plan's targets.
 *
 * @param key folded name, unique within the commune
 */
@Document("hamlets")
public record Hamlet(@Id String id, String communeId, String communeName, String name, String key, int households) {

    /** "Ấp 3, Vị Tân": how the hamlet is shown to people. */
    public String displayName() {
        return name + ", " + communeName;
    }
}
