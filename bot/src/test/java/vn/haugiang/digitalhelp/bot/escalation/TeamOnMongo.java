package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.EmbeddedMongo;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.AreaProperties;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The real team registry and escalations collection on the embedded MongoDB-wire server (in memory, loopback,
 * one per test), with one commune of two hamlets, a fixed clock and the default settings
 * (claim timeout 15 minutes). Events the collections publish are kept in {@link #events}.
 */
final class TeamOnMongo implements AutoCloseable {

    /** 09:00 in Hậu Giang (UTC+7). */
    static final Instant MORNING = Instant.parse("2026-11-30T02:00:00Z");
    static final DutyHours DAYTIME = DutyHours.parse("07:00-21:00");

    final List<Object> events = new ArrayList<>();
    final BotProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("digitalhelp.bot", BotProperties.class);
    final MongoTemplate mongo;
    final AreaDirectory areas;
    final TeamMembers members;
    final Escalations escalations;
    final Hamlet north;
    final Hamlet south;
    private final EmbeddedMongo server;

    TeamOnMongo(Instant now) {
        server = new EmbeddedMongo("routing");
        mongo = server.template();
        areas = new AreaDirectory(mongo, new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("digitalhelp.areas", AreaProperties.class));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        members = new TeamMembers(mongo, areas, clock, ZoneId.of("Asia/Ho_Chi_Minh"), events::add);
        escalations = new Escalations(mongo, events::add);
        new AreaCsvImport(areas).importCsv("Xã Thử,Ấp Bắc,300\nXã Thử,Ấp Nam,250\n");
        String communeId = areas.communeByName("Xã Thử").orElseThrow().id();
        north = areas.hamlets(communeId, "Ấp Bắc", 0, 1).items().get(0);
        south = areas.hamlets(communeId, "Ấp Nam", 0, 1).items().get(0);
    }

    /** A member of the hamlet, linked to Telegram, on duty 07:00–21:00. */
    TeamMember member(String name, Hamlet hamlet) {
        TeamMember registered = members.register(name, null, List.of(hamlet.id()), DAYTIME);
        return members.linkTelegram(registered.id(), "chat-" + registered.id());
    }

    EscalationRouting routing() {
        return new EscalationRouting(members, properties);
    }

    @Override
    public void close() {
        server.close();
    }
}
