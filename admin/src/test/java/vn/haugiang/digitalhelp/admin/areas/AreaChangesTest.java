package vn.haugiang.digitalhelp.admin.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import vn.haugiang.digitalhelp.admin.audit.AuditEntry;
import vn.haugiang.digitalhelp.admin.audit.AuditFilter;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.ConflictException;
import vn.haugiang.digitalhelp.bot.RetentionProperties;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.AreaProperties;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.protection.FieldCipher;
import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;
import vn.haugiang.digitalhelp.bot.protection.Pseudonyms;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The rules an admin's change to the area list keeps, with the real area directory, residents, team and
 * audit log on the embedded MongoDB-wire server: a refused change writes nothing, not even to the audit
 * log; a hamlet someone points at is never removed; a rename keeps the hamlet's id.
 */
class AreaChangesTest {

    private static final String ADMIN = "lan";

    private MongoServer server;
    private MongoClient client;
    private AreaDirectory areas;
    private Residents residents;
    private TeamMembers members;
    private AuditLog audit;
    private AreaChanges changes;
    private String communeId;
    private Hamlet north;

    @BeforeEach
    void anAreaListOfOneCommuneWithTwoHamlets() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        MongoTemplate mongo = new MongoTemplate(client, "areas");
        Binder defaults = new Binder(new MapConfigurationPropertySource(Map.of()));
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);
        areas = new AreaDirectory(mongo, defaults.bindOrCreate("digitalhelp.areas", AreaProperties.class));
        ProtectionKeys keys = ProtectionKeys.generate();
        residents = new Residents(mongo, new Pseudonyms(keys), new FieldCipher(keys), clock);
        members = new TeamMembers(mongo, areas, clock, ZoneId.of("Asia/Ho_Chi_Minh"), event -> { });
        audit = new AuditLog(mongo, defaults.bindOrCreate("digitalhelp.retention", RetentionProperties.class), clock);
        AreaCsvImport importer = new AreaCsvImport(areas);
        changes = new AreaChanges(areas, importer, residents, members, audit);
        importer.importCsv("Xã Vị Thủy,Ấp Bắc,300\nXã Vị Thủy,Ấp Nam,250\n");
        communeId = areas.communeByName("Xã Vị Thủy").orElseThrow().id();
        north = areas.hamlets(communeId, "Ấp Bắc", 0, 1).items().get(0);
    }

    @AfterEach
    void stopTheServer() {
        client.close();
        server.shutdown();
    }

    @Test
    void aHamletIsAddedOnceAndTheSameNameWithOtherDiacriticsOrSpacesIsRefused() {
        Hamlet added = changes.addHamlet(communeId, "Ấp Đông", 120, ADMIN);

        BadInputException twice = assertThrows(BadInputException.class,
                () -> changes.addHamlet(communeId, "  ap   dong ", 90, ADMIN));

        assertThat(twice.getMessage()).contains("đã có ấp/khu vực");
        assertThat(areas.hamletsOf(communeId)).extracting(Hamlet::name).containsExactlyInAnyOrder("Ấp Bắc", "Ấp Nam", "Ấp Đông");
        assertThat(areas.hamlet(added.id()).orElseThrow().households()).isEqualTo(120);
        assertThat(auditActions()).containsExactly("hamlet.add");
    }

    @Test
    void aBlankNameAnUnknownCommuneOrAnOutOfRangeCountIsRefusedAndNothingIsWritten() {
        assertThrows(BadInputException.class, () -> changes.addHamlet(communeId, "   ", 10, ADMIN));
        assertThrows(BadInputException.class, () -> changes.addHamlet("no-such-commune", "Ấp Tây", 10, ADMIN));
        assertThrows(BadInputException.class, () -> changes.addHamlet(communeId, "Ấp Tây", -1, ADMIN));
        BadInputException tooMany = assertThrows(BadInputException.class,
                () -> changes.setHouseholds(north.id(), Hamlet.MAX_HOUSEHOLDS + 1, ADMIN));

        assertThat(tooMany.getMessage()).isEqualTo("Số hộ phải từ 0 đến 1.000.000.");
        assertThat(areas.hamletsOf(communeId)).hasSize(2);
        assertThat(areas.hamlet(north.id()).orElseThrow().households()).isEqualTo(300);
        assertThat(auditActions()).isEmpty();
    }

    @Test
    void aRenameKeepsTheIdSoResidentsFollowTheNewName() {
        Resident resident = residents.seen(Channel.WEB, "visitor-1").resident();
        residents.settle(resident.id(), communeId, north.id());

        Hamlet renamed = changes.renameHamlet(north.id(), "Ấp Bắc Sơn", ADMIN);

        assertThat(renamed.id()).isEqualTo(north.id());
        assertThat(residents.find(resident.id()).orElseThrow().hamletId()).isEqualTo(north.id());
        assertThat(areas.hamlet(north.id()).orElseThrow().name()).isEqualTo("Ấp Bắc Sơn");
        assertThrows(BadInputException.class, () -> changes.renameHamlet(north.id(), "Ấp Nam", ADMIN));
        assertThat(areas.hamlet(north.id()).orElseThrow().name()).isEqualTo("Ấp Bắc Sơn");
    }

    @Test
    void aHamletChosenByAResidentOrCoveredByAMemberIsKeptWithTheCountsInTheMessage() {
        Resident resident = residents.seen(Channel.TELEGRAM, "1001").resident();
        residents.settle(resident.id(), communeId, north.id());
        Hamlet south = areas.hamlets(communeId, "Ấp Nam", 0, 1).items().get(0);
        members.register("Nguyễn Văn Tổ", null, List.of(south.id()), DutyHours.parse("07:00-21:00"));

        ConflictException chosen = assertThrows(ConflictException.class, () -> changes.removeHamlet(north.id(), ADMIN));
        ConflictException covered = assertThrows(ConflictException.class, () -> changes.removeHamlet(south.id(), ADMIN));

        assertThat(chosen.getMessage()).contains("1 người dân đã chọn ấp này và 0 thành viên tổ");
        assertThat(covered.getMessage()).contains("0 người dân đã chọn ấp này và 1 thành viên tổ");
        assertThat(areas.hamletsOf(communeId)).hasSize(2);
        assertThat(auditActions()).isEmpty();

        Hamlet empty = changes.addHamlet(communeId, "Ấp Tây", 10, ADMIN);
        changes.removeHamlet(empty.id(), ADMIN);
        assertThat(areas.hamlet(empty.id())).isEmpty();
        assertThat(auditActions()).containsExactly("hamlet.remove", "hamlet.add");
    }

    private List<String> auditActions() {
        return audit.page(AuditFilter.EVERYTHING, 0, 10).stream().map(AuditEntry::action).toList();
    }
}
