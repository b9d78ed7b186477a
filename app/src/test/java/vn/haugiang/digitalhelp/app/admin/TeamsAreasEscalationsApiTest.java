package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** The admin API for areas, team members and the escalation queue, on the real service. */
@ServiceTest
class TeamsAreasEscalationsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    ResidentEscalations requests;
    @Autowired
    TeamMembers members;
    @Autowired
    AdminUsers users;
    @Autowired
    PasswordEncoder passwords;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void otherRoles() {
        AdminAccounts.ensureOtherRoles(users, passwords, areas);
    }

    private AdminHttp admin() {
        return AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
    }

    @Test
    void aCsvWithABadRowIsRefusedWithItsLineAndNothingIsImported() {
        String commune = "Xã Nhập " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> bad = admin().postBytes("/api/admin/areas/import", "text/csv",
                (commune + ",Ấp 1,100\n" + commune + ",,50\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode report = json.readTree(bad.body());
        assertThat(report.path("problems").path(0).path("line").asInt()).isEqualTo(2);
        assertThat(areas.communes(commune, 0, 5).items()).isEmpty();

        HttpResponse<String> good = admin().postBytes("/api/admin/areas/import", "text/csv",
                ("commune,hamlet,households\n" + commune + ",Ấp 1,100\n" + commune + ",Ấp 2,50\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(json.readTree(good.body()).path("hamletsAdded").asInt()).isEqualTo(2);
        assertThat(areas.communes(commune, 0, 5).items()).hasSize(1);
    }

    @Test
    void aMemberIsRegisteredAndGetsAPrintableJoinLink() throws IOException {
        Hamlet hamlet = sampleHamlet();
        HttpResponse<String> badHours = admin().postJson("/api/admin/team-members",
                "{\"name\":\"Ngô Văn Tư\",\"hamletIds\":[\"" + hamlet.id() + "\"],\"dutyHours\":\"sáng\"}");
        assertThat(badHours.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badHours.body()).path("detail").asString()).contains("07:00-21:00");
        HttpResponse<String> unknownHamlet = admin().postJson("/api/admin/team-members",
                "{\"name\":\"Ngô Văn Tư\",\"hamletIds\":[\"nowhere\"],\"dutyHours\":\"07:00-21:00\"}");
        assertThat(unknownHamlet.statusCode()).isEqualTo(400);

        HttpResponse<String> created = admin().postJson("/api/admin/team-members",
                "{\"name\":\"Ngô Văn Tư\",\"phone\":\"0900000444\",\"hamletIds\":[\"" + hamlet.id()
                        + "\"],\"dutyHours\":\"07:00-21:00\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode member = json.readTree(created.body());
        assertThat(member.path("linked").asBoolean()).isFalse();
        assertThat(member.path("dutyHours").asString()).isEqualTo("07:00–21:00");

        HttpResponse<String> link = admin().post("/api/admin/team-members/" + member.path("id").asString() + "/join-link");
        assertThat(link.statusCode()).isEqualTo(200);
        JsonNode joinLink = json.readTree(link.body());
        assertThat(joinLink.path("link").asString()).matches("https://t\\.me/[A-Za-z0-9_]+\\?start=join_[A-Za-z0-9_-]{22}");
        String png = joinLink.path("qrCodePng").asString();
        assertThat(png).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(png.substring("data:image/png;base64,".length()))));
        assertThat(image.getWidth()).isEqualTo(320);

        assertThat(admin().post("/api/admin/team-members/000000000000000000000000/join-link").statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminGivesAQueuedRequestToAMemberAndClosesIt() {
        Hamlet hamlet = sampleHamlet();
        Resident resident = residents.seen(Channel.WEB, "queue-" + UUID.randomUUID()).resident();
        resident = residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
        String id = requests.open(resident, "không nhận được mã OTP", List.of(), List.of()).escalationId();

        JsonNode queue = json.readTree(admin().get("/api/admin/escalations?status=OPEN").body());
        assertThat(queue.findValuesAsString("id")).contains(id);

        String unlinked = members.register("Đỗ Thị Hoa", null, List.of(hamlet.id()),
                vn.haugiang.digitalhelp.bot.team.DutyHours.parse("07:00-21:00")).id();
        HttpResponse<String> refused = admin().postJson("/api/admin/escalations/" + id + "/assign",
                "{\"memberId\":\"" + unlinked + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);

        members.linkTelegram(unlinked, "5550001");
        HttpResponse<String> assigned = admin().postJson("/api/admin/escalations/" + id + "/assign",
                "{\"memberId\":\"" + unlinked + "\"}");
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(json.readTree(assigned.body()).path("status").asString()).isEqualTo("CLAIMED");

        assertThat(admin().post("/api/admin/escalations/" + id + "/resolve").statusCode()).as("no note").isEqualTo(400);
        assertThat(json.readTree(admin().get("/api/admin/escalations/" + id).body()).path("status").asString())
                .isEqualTo("CLAIMED");
        HttpResponse<String> resolved = admin().postJson("/api/admin/escalations/" + id + "/resolve",
                "{\"text\":\"Đã gọi điện hướng dẫn\"}");
        assertThat(resolved.statusCode()).isEqualTo(200);
        JsonNode closed = json.readTree(resolved.body());
        assertThat(closed.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(closed.path("history").findValuesAsString("event")).containsExactly("opened", "assigned", "resolved");
        assertThat(closed.path("history").path(2).path("actor").asString()).isEqualTo("admin:" + AdminAccounts.ADMIN);
        assertThat(residents.find(resident.id()).orElseThrow().activeEscalationId()).isNull();

        assertThat(admin().postJson("/api/admin/escalations/" + id + "/resolve", "{\"text\":\"lần hai\"}").statusCode())
                .isEqualTo(409);
        assertThat(admin().get("/api/admin/escalations/000000000000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousCallersAndEditorsAreKeptOutOfTheseApis() {
        for (String path : List.of("/api/admin/team-members", "/api/admin/areas/communes", "/api/admin/escalations")) {
            assertThat(AdminHttp.anonymous(port).get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(AdminHttp.basic(port, AdminAccounts.EDITOR, AdminAccounts.PASSWORD).get(path).statusCode())
                    .as(path).isEqualTo(403);
            assertThat(admin().get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    private Hamlet sampleHamlet() {
        String communeId = areas.communes("Vị Thanh", 0, 5).items().get(0).id();
        return areas.hamlets(communeId, "Khu vực 1", 0, 5).items().get(0);
    }
}
