package vn.haugiang.digitalhelp.bot.escalation;

/** Who a request is offered to; it widens when nobody claims it in time. */
public enum RoutingLevel {
    HAMLET,
    COMMUNE,
    ADMIN_QUEUE
}
