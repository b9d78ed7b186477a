package vn.haugiang.digitalhelp.admin.escalations;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.haugiang.digitalhelp.bot.escalation.Escalation.Speaker;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;

/** The Vietnamese words the queue page uses for statuses, speakers, history events and ages. */
final class QueueLabels {

    /** In the order of the statuses, for the filter. */
    static final Map<EscalationStatus, String> STATUSES = new EnumMap<>(Map.of(
            EscalationStatus.OPEN, "Đang chờ",
            EscalationStatus.CLAIMED, "Đang được giúp",
            EscalationStatus.RESOLVED, "Đã xong",
            EscalationStatus.RETURNED, "Trả lại cho trợ lý",
            EscalationStatus.CANCELLED, "Người dân đã hủy"));

    static final Map<Speaker, String> SPEAKERS = new EnumMap<>(Map.of(
            Speaker.RESIDENT, "Người dân",
            Speaker.BOT, "Trợ lý",
            Speaker.MEMBER, "Tổ / cán bộ"));

    static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("opened", "Mở yêu cầu"),
            Map.entry("claimed", "Nhận"),
            Map.entry("assigned", "Giao cho"),
            Map.entry("widened", "Mở rộng phạm vi"),
            Map.entry("resolved", "Đã xong"),
            Map.entry("returned", "Trả lại cho trợ lý"),
            Map.entry("cancelled", "Người dân hủy"),
            Map.entry("rated", "Người dân chấm điểm"),
            Map.entry("solved", "Người dân cho biết đã được giải quyết"),
            Map.entry("phone-shared", "Người dân chia sẻ số điện thoại"),
            Map.entry("released", "Trở lại hàng đợi"));

    /** Details of history events that are codes: routing levels, why a request went back to the queue. */
    static final Map<String, String> DETAILS = Map.of(
            "HAMLET", "thành viên của ấp",
            "COMMUNE", "thành viên của xã",
            "ADMIN_QUEUE", "hàng đợi quản trị",
            "idle", "người nhận lâu không trả lời",
            "holder_deactivated", "người nhận đã ngừng hoạt động");

    /** Actors of history events that are not a person's account. */
    static final Map<String, String> ACTORS = Map.of(
            "resident", "người dân",
            "system", "hệ thống");

    /** Minutes → label, in order, for the age filter. */
    static final Map<Integer, String> AGES = ages();

    private QueueLabels() {
    }

    private static Map<Integer, String> ages() {
        Map<Integer, String> ages = new LinkedHashMap<>();
        ages.put(15, "Quá 15 phút");
        ages.put(60, "Quá 1 giờ");
        ages.put(24 * 60, "Quá 1 ngày");
        ages.put(7 * 24 * 60, "Quá 1 tuần");
        return ages;
    }
}
