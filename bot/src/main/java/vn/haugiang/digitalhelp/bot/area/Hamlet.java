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

    public static final int MAX_HOUSEHOLDS = 1_000_000;

    /** @throws IllegalArgumentException with the reason, in Vietnamese, when the count is out of range */
    public static void checkHouseholds(int households) {
        if (households < 0 || households > MAX_HOUSEHOLDS) {
            throw new IllegalArgumentException("Số hộ phải từ 0 đến 1.000.000.");
        }
    }

    /** "Ấp 3, Vị Tân": how the hamlet is shown to people. */
    public String displayName() {
        return name + ", " + communeName;
    }
}
