package vn.haugiang.digitalhelp.bot.privacy;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * A resident used one of their rights: when, which, over which channel, and what came of it. Holds
 * nothing that points at the resident, so it can be kept as the agency's record of answering.
 */
@Document("rights_requests")
public record RightsRequest(@Id String id, Instant at, Kind kind, Channel channel, Outcome outcome) {

    public enum Kind { ACCESS, ERASURE, WITHDRAWAL }

    public enum Outcome { ANSWERED, DONE, DECLINED_BY_RESIDENT }
}
