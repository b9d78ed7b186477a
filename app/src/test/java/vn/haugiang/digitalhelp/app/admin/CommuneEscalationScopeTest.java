package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.audit.AuditEntry;
import vn.haugiang.digitalhelp.admin.audit.AuditFilter;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Who reaches the areas, team and escalation pages and APIs, over real HTTP: anonymous visitors are sent
 * to the login page (pages) or get 401 (API); editors get 403 everywhere here; a commune user reaches
 * only the escalation queue and there only their own commune's requests, whatever they ask for, while
 * an admin sees every commune's.
 */
@ServiceTest
class CommuneEscalationScopeTest {

    private static final List<String> PAGES = List.of("/admin/areas", "/admin/team-members", "/admin/escalations");
    private static final List<String> ADMIN_ONLY_PAGES = List.of("/admin/areas", "/admin/team-members");
    private static final List<String> ADMIN_ONLY_API = List.of("/api/admin/areas/communes", "/api/admin/team-members");

    @LocalServerPort
    int port;
    @Autowired
    AdminUsers users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    ResidentEscalations requests;
    @Autowired
    Escalations escalations;
    @Autowired
    TeamMembers members;
    @Autowired
    AuditLog audit;
    @Autowired
    Conversation conversation;
    @Autowired
    Projector projector;

    private final ObjectMapper json = new ObjectMapper();
    private String ownRequest;
    private String otherRequest;
    private String ownQuestion;
    private String otherQuestion;

    @BeforeEach
    void twoCommunesWithARequestEach() {
        AdminAccounts.ensureOtherRoles(users, passwords, areas);
        ownQuestion = "Cài ứng dụng Hậu Giang bị lỗi " + UUID.randomUUID().toString().substring(0, 6);
        otherQuestion = "Quên mật khẩu VNeID " + UUID.randomUUID().toString().substring(0, 6);
        ownRequest = openRequest(hamlet(AdminAccounts.COMMUNE_NAME), ownQuestion);
        otherRequest = openRequest(hamlet("Long Mỹ"), otherQuestion);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndApiCallersGet401() {
        AdminHttp anonymous = AdminHttp.anonymous(port);
        for (String page : PAGES) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login"));
        }
        assertThat(anonymous.get("/api/admin/escalations").statusCode()).isEqualTo(401);
        assertThat(anonymous.post("/api/admin/escalations/" + ownRequest + "/resolve").statusCode()).isEqualTo(401);
    }

    @Test
    void anEditorIsRefusedThesePagesAndApis() {
        AdminHttp pages = AdminHttp.session(port);
        pages.login(AdminAccounts.EDITOR, AdminAccounts.PASSWORD);
        for (String page : PAGES) {
            assertThat(pages.get(page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(pages.get("/admin/escalations/" + ownRequest).statusCode()).isEqualTo(403);
        AdminHttp api = AdminHttp.basic(port, AdminAccounts.EDITOR, AdminAccounts.PASSWORD);
        for (String path : List.of(ADMIN_ONLY_API.get(0), ADMIN_ONLY_API.get(1), "/api/admin/escalations",
                "/api/admin/escalations/" + ownRequest)) {
            assertThat(api.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(api.post("/api/admin/escalations/" + ownRequest + "/resolve").statusCode()).isEqualTo(403);
        assertThat(escalations.find(ownRequest).orElseThrow().status()).isEqualTo(EscalationStatus.OPEN);
    }

    @Test
    void aCommuneUserSeesOnlyTheirCommunesRequestsInTheApiWhateverTheyAskFor() {
        AdminHttp api = AdminHttp.basic(port, AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);
        String otherCommune = escalations.find(otherRequest).orElseThrow().communeId();

        List<String> listed = json.readTree(api.get("/api/admin/escalations").body()).findValuesAsString("id");
        assertThat(listed).contains(ownRequest).doesNotContain(otherRequest);
        HttpResponse<String> askedForOther = api.get("/api/admin/escalations?commune=" + otherCommune);
        assertThat(askedForOther.statusCode()).isEqualTo(200);
        assertThat(json.readTree(askedForOther.body()).findValuesAsString("id")).isEmpty();

        assertThat(api.get("/api/admin/escalations/" + ownRequest).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/admin/escalations/" + otherRequest).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/admin/escalations/" + otherRequest + "/resolve").statusCode()).isEqualTo(404);
        assertThat(api.postJson("/api/admin/escalations/" + otherRequest + "/reply", "{\"text\":\"Chào bạn\"}").statusCode())
                .as("a reply to another commune's resident").isEqualTo(404);
        assertThat(api.post("/api/admin/escalations/" + otherRequest + "/claim").statusCode()).isEqualTo(404);
        assertThat(escalations.find(otherRequest).orElseThrow().answered()).isFalse();
        String otherMember = linkedMember(hamlet("Long Mỹ"));
        assertThat(api.postJson("/api/admin/escalations/" + otherRequest + "/assign", "{\"memberId\":\"" + otherMember + "\"}")
                .statusCode()).isEqualTo(404);
        assertThat(escalations.find(otherRequest).orElseThrow().status()).isEqualTo(EscalationStatus.OPEN);
        for (String path : ADMIN_ONLY_API) {
            assertThat(api.get(path).statusCode()).as(path).isEqualTo(403);
        }

        List<String> all = json.readTree(AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD)
                .get("/api/admin/escalations").body()).findValuesAsString("id");
        assertThat(all).contains(ownRequest, otherRequest);
    }

    @Test
    void aCommuneUserGivesTheirRequestOnlyToAMemberOfTheirCommune() {
        AdminHttp api = AdminHttp.basic(port, AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);
        String outsider = linkedMember(hamlet("Long Mỹ"));
        HttpResponse<String> refused = api.postJson("/api/admin/escalations/" + ownRequest + "/assign",
                "{\"memberId\":\"" + outsider + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("detail").asString()).contains("xã mình");

        String neighbour = linkedMember(hamlet(AdminAccounts.COMMUNE_NAME));
        HttpResponse<String> assigned = api.postJson("/api/admin/escalations/" + ownRequest + "/assign",
                "{\"memberId\":\"" + neighbour + "\"}");
        assertThat(assigned.statusCode()).isEqualTo(200);
        JsonNode history = json.readTree(assigned.body()).path("history");
        assertThat(history.path(1).path("actor").asString()).isEqualTo("admin:" + AdminAccounts.COMMUNE);
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("escalation.assign");
            assertThat(entry.actor()).isEqualTo(AdminAccounts.COMMUNE);
            assertThat(entry.objectId()).isEqualTo(ownRequest);
        });
    }

    @Test
    void aRequestsHistoryNamesWhoDidWhatAndWhyItWentBackToTheQueue() {
        String helper = linkedMember(hamlet(AdminAccounts.COMMUNE_NAME));
        String helperName = members.find(helper).orElseThrow().name();
        escalations.claim(ownRequest, helper, helperName, java.time.Instant.now());
        members.deactivate(helper, AdminAccounts.ADMIN);
        AdminHttp pages = AdminHttp.session(port);
        pages.login(AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);

        String page = pages.get("/admin/escalations/" + ownRequest).body();

        assertThat(page).contains("(" + helperName + ")").contains("Trở lại hàng đợi")
                .contains("người nhận đã ngừng hoạt động").doesNotContain("member:").doesNotContain("holder_deactivated")
                .doesNotContain(">released<");
    }

    @Test
    void aCommuneUserSeesAndClosesOnlyTheirCommunesRequestsInThePages() {
        AdminHttp pages = AdminHttp.session(port);
        pages.login(AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);
        String otherCommune = escalations.find(otherRequest).orElseThrow().communeId();

        HttpResponse<String> queue = pages.get("/admin/escalations");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(ownQuestion).doesNotContain(otherQuestion).contains("Yêu cầu của người dân Vị Thanh");
        assertThat(pages.get("/admin/escalations?communeId=" + otherCommune).body()).doesNotContain(otherQuestion)
                .contains("Không có yêu cầu nào khớp.");
        assertThat(pages.get("/admin/escalations/" + otherRequest).statusCode()).isEqualTo(404);
        for (String page : ADMIN_ONLY_PAGES) {
            assertThat(pages.get(page).statusCode()).as(page).isEqualTo(403);
        }

        pages.get("/admin/escalations");
        assertThat(pages.postForm("/admin/escalations/" + otherRequest + "/resolve", Map.of(), true).statusCode()).isEqualTo(404);
        assertThat(escalations.find(otherRequest).orElseThrow().status()).isEqualTo(EscalationStatus.OPEN);
        assertThat(pages.postForm("/admin/escalations/" + ownRequest + "/resolve", Map.of(), false).statusCode()).isEqualTo(403);
        assertThat(escalations.find(ownRequest).orElseThrow().status()).isEqualTo(EscalationStatus.OPEN);

        assertThat(pages.postForm("/admin/escalations/" + otherRequest + "/reply", Map.of("text", "Chào bạn"), true)
                .statusCode()).as("the reply box of another commune's request").isEqualTo(404);
        assertThat(escalations.find(otherRequest).orElseThrow().answered()).isFalse();
        assertThat(pages.postForm("/admin/escalations/" + ownRequest + "/reply", Map.of("text", "Chào bạn, tôi là cán bộ xã."), true)
                .statusCode()).isEqualTo(302);
        assertThat(pages.get("/admin/escalations/" + ownRequest).body()).contains("Đã gửi trả lời cho người dân.");
        Escalation answered = escalations.find(ownRequest).orElseThrow();
        assertThat(answered.status()).isEqualTo(EscalationStatus.CLAIMED);
        assertThat(answered.transcript()).extracting(Escalation.Line::speaker, Escalation.Line::text)
                .contains(org.assertj.core.groups.Tuple.tuple(Escalation.Speaker.MEMBER, "Chào bạn, tôi là cán bộ xã."));

        HttpResponse<String> resolved = pages.postForm("/admin/escalations/" + ownRequest + "/resolve",
                Map.of("note", "Đã hướng dẫn tại xã"), true);
        assertThat(resolved.statusCode()).isEqualTo(302);
        assertThat(resolved.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/escalations/" + ownRequest));
        assertThat(pages.get("/admin/escalations/" + ownRequest).body()).contains("Đã đóng yêu cầu").contains("Đã xong");
        assertThat(escalations.find(ownRequest).orElseThrow().status()).isEqualTo(EscalationStatus.RESOLVED);
        assertThat(audit.page(AuditFilter.EVERYTHING, 0, 50)).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::objectId)
                .contains(org.assertj.core.groups.Tuple.tuple("escalation.resolve", AdminAccounts.COMMUNE, ownRequest));
    }

    @Test
    void theNewFormsRefuseAPostWithoutACsrfToken() {
        AdminHttp pages = AdminHttp.session(port);
        pages.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
        Hamlet hamlet = hamlet(AdminAccounts.COMMUNE_NAME);

        assertThat(pages.postForm("/admin/areas/hamlets/" + hamlet.id() + "/households", Map.of("households", "1"), false)
                .statusCode()).isEqualTo(403);
        assertThat(pages.postForm("/admin/team-members", Map.of("name", "Không Mã", "hamletIds", hamlet.id()), false)
                .statusCode()).isEqualTo(403);
        assertThat(pages.postForm("/admin/escalations/" + ownRequest + "/resolve", Map.of(), false).statusCode()).isEqualTo(403);
        assertThat(areas.hamlet(hamlet.id()).orElseThrow().households()).isEqualTo(hamlet.households());
        assertThat(escalations.find(ownRequest).orElseThrow().status()).isEqualTo(EscalationStatus.OPEN);
    }

    @Test
    void aCommuneUserSeesTheMetricsOfTheirCommuneOnlyAndAnEditorNone() {
        int ownQuestions = askFrom(hamlet(AdminAccounts.COMMUNE_NAME), 2);
        int otherQuestions = askFrom(hamlet("Long Mỹ"), 3);
        projector.catchUp();
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String summary = "/api/admin/metrics/summary?from=" + today + "&to=" + today;
        String ownCommune = hamlet(AdminAccounts.COMMUNE_NAME).communeId();
        String otherCommune = hamlet("Long Mỹ").communeId();
        AdminHttp commune = AdminHttp.basic(port, AdminAccounts.COMMUNE, AdminAccounts.PASSWORD);
        AdminHttp admin = AdminHttp.basic(port, AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);

        long adminOwn = json.readTree(admin.get(summary + "&commune=" + ownCommune).body()).path("questions").asLong();
        long adminOther = json.readTree(admin.get(summary + "&commune=" + otherCommune).body()).path("questions").asLong();
        assertThat(adminOwn).isGreaterThanOrEqualTo(ownQuestions);
        assertThat(adminOther).isGreaterThanOrEqualTo(otherQuestions).isNotEqualTo(adminOwn);
        for (String asked : List.of(summary, summary + "&commune=" + otherCommune)) {
            HttpResponse<String> answer = commune.get(asked);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json.readTree(answer.body()).path("questions").asLong()).as(asked).isEqualTo(adminOwn);
        }
        assertThat(AdminHttp.basic(port, AdminAccounts.EDITOR, AdminAccounts.PASSWORD).get(summary).statusCode())
                .isEqualTo(403);
        assertThat(AdminHttp.anonymous(port).get(summary).statusCode()).isEqualTo(401);
    }

    /** A resident of the hamlet asks this many questions through the web chat; returns the number. */
    private int askFrom(Hamlet hamlet, int questions) {
        String chat = "scope-" + UUID.randomUUID();
        Resident resident = residents.seen(Channel.WEB, chat).resident();
        residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
        for (int i = 0; i < questions; i++) {
            conversation.handle(InboundMessage.text(Channel.WEB, chat, "cài app Hậu Giang trên Android " + i));
        }
        return questions;
    }

    private String openRequest(Hamlet hamlet, String question) {
        Resident resident = residents.seen(Channel.WEB, "scope-" + UUID.randomUUID()).resident();
        resident = residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
        return requests.open(resident, question, List.of(), List.of()).escalationId();
    }

    private String linkedMember(Hamlet hamlet) {
        String id = members.register("Thành viên " + hamlet.communeName(), null, List.of(hamlet.id()),
                DutyHours.parse("07:00-21:00")).id();
        members.linkTelegram(id, "888" + System.nanoTime());
        return id;
    }

    private Hamlet hamlet(String communeName) {
        return areas.hamletsOf(areas.communeByName(communeName).orElseThrow().id()).get(0);
    }
}
