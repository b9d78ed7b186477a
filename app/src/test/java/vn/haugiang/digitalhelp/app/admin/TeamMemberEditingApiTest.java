package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.audit.AuditFilter;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** {@code PUT /api/admin/team-members/{id}}: phone, hamlets and hours by day of week; bad input changes nothing. */
@ServiceTest
class TeamMemberEditingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AreaDirectory areas;
    @Autowired
    TeamMembers members;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditLog audit;

    private final ObjectMapper json = new ObjectMapper();

    private AdminHttp admin() {
        return AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
    }

    @Test
    void showingAnotherCommunesHamletsKeepsWhatTheAdminChangedSoFarInTheForm() {
        List<Hamlet> hamlets = hamletsOfViThanh();
        TeamMember member = members.register("Ngô Văn Dời " + UUID.randomUUID().toString().substring(0, 4), "0900000002",
                List.of(hamlets.get(0).id()), DutyHours.parse("07:00-21:00"));
        Hamlet elsewhere = areas.hamletsOf(areas.communeByName("Long Mỹ").orElseThrow().id()).get(0);
        AdminHttp pages = AdminHttp.session(port);
        pages.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);

        String page = pages.get("/admin/team-members/" + member.id() + "/edit?phone=0912+000+111&hamletIds=" + hamlets.get(1).id()
                + "&onDuty=T2&dutyStart=08:00&dutyStart=07:00&dutyEnd=16:30&dutyEnd=21:00&communeId=" + elsewhere.communeId()).body();

        assertThat(page).as("the phone typed").contains("value=\"0912 000 111\"")
                .as("the hamlets of the commune chosen").contains(elsewhere.displayName())
                .as("the time typed").contains("value=\"16:30\"");
        assertThat(page.replaceAll("\\s+", " ")).as("the hamlet ticked, not the stored one")
                .containsPattern("value=\"" + hamlets.get(1).id() + "\" checked")
                .doesNotContainPattern("value=\"" + hamlets.get(0).id() + "\" checked");
        assertThat(members.find(member.id()).orElseThrow().phone()).as("nothing saved yet").isEqualTo("0900000002");
    }

    @Test
    void phoneHamletsAndHoursByDayAreChangedAndAudited() {
        List<Hamlet> hamlets = hamletsOfViThanh();
        TeamMember member = members.register("Ngô Văn Sửa " + UUID.randomUUID().toString().substring(0, 4), "0900000001",
                List.of(hamlets.get(0).id()), DutyHours.parse("07:00-21:00"));

        HttpResponse<String> edited = admin().putJson("/api/admin/team-members/" + member.id(),
                "{\"phone\":\"0912 345 678\",\"hamletIds\":[\"" + hamlets.get(1).id() + "\",\"" + hamlets.get(2).id()
                        + "\"],\"dutyHours\":\"T2-T6 07:00-17:00; T7 07:00-11:00\"}");
        assertThat(edited.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(edited.body());
        assertThat(view.path("dutyHours").asString())
                .isEqualTo("T2 07:00–17:00; T3 07:00–17:00; T4 07:00–17:00; T5 07:00–17:00; T6 07:00–17:00; T7 07:00–11:00; CN nghỉ");
        assertThat(view.path("phone").asString()).isEqualTo("0912 345 678");

        TeamMember stored = members.find(member.id()).orElseThrow();
        assertThat(stored.hamletIds()).containsExactly(hamlets.get(1).id(), hamlets.get(2).id());
        assertThat(stored.communeIds()).containsExactly(hamlets.get(1).communeId());
        assertThat(stored.dutyHours().on(java.time.DayOfWeek.SUNDAY)).isEmpty();
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("member.edit");
            assertThat(entry.objectId()).isEqualTo(member.id());
            assertThat(entry.detail()).contains("trực 07:00–21:00 →").contains("CN nghỉ").contains("đổi số điện thoại")
                    .doesNotContain("0912");
        });
    }

    @Test
    void badHoursPhoneOrHamletsAreRefusedInVietnameseAndNothingIsWritten() {
        Hamlet hamlet = hamletsOfViThanh().get(0);
        TeamMember member = members.register("Đỗ Thị Giữ " + UUID.randomUUID().toString().substring(0, 4), "0900000002",
                List.of(hamlet.id()), DutyHours.parse("07:00-21:00"));
        long audited = audit.count(AuditFilter.EVERYTHING);
        String path = "/api/admin/team-members/" + member.id();

        assertError(admin().putJson(path, "{\"hamletIds\":[\"" + hamlet.id() + "\"],\"dutyHours\":\"T9 sáng\"}"),
                "Giờ trực phải có dạng");
        assertError(admin().putJson(path, "{\"phone\":\"gọi tôi\",\"hamletIds\":[\"" + hamlet.id() + "\"]}"),
                "Số điện thoại");
        assertError(admin().putJson(path, "{\"hamletIds\":[],\"dutyHours\":\"07:00-12:00\"}"), "ấp/khu vực");
        assertError(admin().putJson(path, "{\"hamletIds\":[\"" + hamlet.id() + "\",\"nowhere\"],\"dutyHours\":\"07:00-12:00\"}"),
                "ấp/khu vực");
        assertThat(admin().putJson("/api/admin/team-members/000000000000000000000000",
                "{\"hamletIds\":[\"" + hamlet.id() + "\"]}").statusCode()).isEqualTo(404);

        assertThat(members.find(member.id()).orElseThrow()).isEqualTo(member);
        assertThat(audit.count(AuditFilter.EVERYTHING)).isEqualTo(audited);
    }

    @Test
    void aMemberStoredWithOneDailyRangeIsStillReadAndEditable() {
        Hamlet hamlet = hamletsOfViThanh().get(0);
        Document old = new Document("name", "Trần Văn Cũ").append("phone", null).append("hamletIds", List.of(hamlet.id()))
                .append("communeIds", List.of(hamlet.communeId())).append("dutyStart", "06:30").append("dutyEnd", "20:00")
                .append("active", true).append("away", false);
        mongo.getCollection("team_members").insertOne(old);
        String id = old.getObjectId("_id").toHexString();

        JsonNode listed = json.readTree(admin().get("/api/admin/team-members?size=200").body());
        assertThat(listed.findParents("id")).anySatisfy(member -> {
            assertThat(member.path("id").asString()).isEqualTo(id);
            assertThat(member.path("dutyHours").asString()).isEqualTo("06:30–20:00");
        });
        HttpResponse<String> edited = admin().putJson("/api/admin/team-members/" + id,
                "{\"hamletIds\":[\"" + hamlet.id() + "\"],\"dutyHours\":\"T2 06:30-20:00\"}");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(json.readTree(edited.body()).path("dutyHours").asString()).startsWith("T2 06:30–20:00; T3 nghỉ");
        Document stored = mongo.getCollection("team_members").find(new Document("_id", old.getObjectId("_id"))).first();
        assertThat(stored).doesNotContainKeys("dutyStart", "dutyEnd");
    }

    private void assertError(HttpResponse<String> response, String words) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("detail").asString()).contains(words);
    }

    private List<Hamlet> hamletsOfViThanh() {
        String communeId = areas.communes("Vị Thanh", 0, 5).items().get(0).id();
        return areas.hamletsOf(communeId);
    }
}
