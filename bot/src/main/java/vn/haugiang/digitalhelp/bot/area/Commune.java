package vn.haugiang.digitalhelp.bot.area;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commune-level unit (xã or phường) of the current administrative map. Data an admin edits, never
 * code: the 2025 merger renamed and merged communes and more changes will come.
 *
 * @param key folded name, unique: finds "Vị Thanh" when a resident types "vi thanh"
 */
@Document("communes")
public record Commune(@Id String id, String name, String key) {
}
