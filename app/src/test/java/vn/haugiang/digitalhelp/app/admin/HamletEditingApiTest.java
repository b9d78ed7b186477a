package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.audit.AuditEntry;
import vn.haugiang.digitalhelp.admin.audit.AuditFilter;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** One hamlet at a time over the API: added, renamed with its id kept, removed only when nothing points at it. */
@ServiceTest
class HamletEditingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    TeamMembers members;
    @Autowired
    AuditLog audit;

    private final ObjectMapper json = new ObjectMapper();

    private AdminHttp admin() {
        return AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
    }

    @Test
    void aHamletIsAddedRenamedWithItsIdAndRemovedWhenUnused() {
        String communeId = viThanh();
        String name = "Khu vực Mới " + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> added = admin().postJson("/api/admin/areas/communes/" + communeId + "/hamlets",
                "{\"name\":\"  " + name + " \",\"households\":120}");
        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode hamlet = json.readTree(added.body());
        String id = hamlet.path("id").asString();
        assertThat(hamlet.path("name").asString()).isEqualTo(name);
        assertThat(hamlet.path("households").asInt()).isEqualTo(120);

        HttpResponse<String> twice = admin().postJson("/api/admin/areas/communes/" + communeId + "/hamlets",
                "{\"name\":\"" + AreaDirectory.key(name) + "\"}");
        assertThat(twice.statusCode()).as("same name without diacritics").isEqualTo(400);
        assertThat(json.readTree(twice.body()).path("detail").asString()).contains("đã có ấp/khu vực");

        HttpResponse<String> renamed = admin().putJson("/api/admin/areas/hamlets/" + id, "{\"name\":\"" + name + " B\"}");
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(renamed.body()).path("id").asString()).isEqualTo(id);
        assertThat(areas.hamlet(id).orElseThrow().name()).isEqualTo(name + " B");
        assertThat(admin().putJson("/api/admin/areas/hamlets/" + id, "{\"name\":\"Khu vực 1\"}").statusCode())
                .as("taken in the commune").isEqualTo(400);
        assertThat(admin().putJson("/api/admin/areas/hamlets/" + id, "{\"name\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(areas.hamlet(id).orElseThrow().name()).isEqualTo(name + " B");

        assertThat(admin().delete("/api/admin/areas/hamlets/" + id).statusCode()).isEqualTo(204);
        assertThat(areas.hamlet(id)).isEmpty();
        assertThat(admin().delete("/api/admin/areas/hamlets/" + id).statusCode()).isEqualTo(404);
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 10)).filteredOn(entry -> id.equals(entry.objectId())).extracting(AuditEntry::action)
                .contains("hamlet.add", "hamlet.rename", "hamlet.remove");
    }

    @Test
    void aHamletResidentsOrMembersPointAtIsKeptWithTheReasonAndRenamingKeepsThemThere() {
        String communeId = viThanh();
        String id = areas.addHamlet(communeId, "Ấp Có Người " + UUID.randomUUID().toString().substring(0, 4), 50).id();
        Resident resident = residents.seen(Channel.WEB, "hamlet-" + UUID.randomUUID()).resident();
        residents.settle(resident.id(), communeId, id);

        HttpResponse<String> refused = admin().delete("/api/admin/areas/hamlets/" + id);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).path("detail").asString())
                .contains("Không xóa được").contains("1 người dân").contains("0 thành viên");
        assertThat(areas.hamlet(id)).isPresent();

        residents.delete(resident.id());
        String memberId = members.register("Vũ Thị Phụ Trách", null, List.of(id), DutyHours.parse("07:00-21:00")).id();
        assertThat(admin().delete("/api/admin/areas/hamlets/" + id).statusCode()).isEqualTo(409);

        assertThat(admin().putJson("/api/admin/areas/hamlets/" + id, "{\"name\":\"Ấp Đổi Tên\"}").statusCode()).isEqualTo(200);
        JsonNode listed = json.readTree(admin().get("/api/admin/team-members?size=200").body());
        assertThat(listed.findParents("id")).anySatisfy(member -> {
            assertThat(member.path("id").asString()).isEqualTo(memberId);
            assertThat(member.path("hamletIds").path(0).asString()).isEqualTo(id);
        });
        assertThat(areas.hamletsWithIds(List.of(id))).extracting(h -> h.name()).containsExactly("Ấp Đổi Tên");
    }

    private String viThanh() {
        return areas.communes("Vị Thanh", 0, 5).items().get(0).id();
    }
}
