package vn.haugiang.digitalhelp.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.SettledResidents;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * The console shows dates and hours in Hậu Giang's time (the service's zone, {@code digitalhelp.time.zone}),
 * not the machine's: a server in UTC (as a container is by default) once showed a request opened at 02:47 on
 * 1 December as "30/11/2026 19:47". The test JVMs run in UTC (the parent pom's {@code argLine}), so the two
 * zones always differ here.
 */
@ServiceTest(clock = "2026-11-30T19:47:00Z") // 02:47 on 1 December in Hậu Giang
class ServiceZoneOnPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    ResidentEscalations requests;

    @Test
    void aRequestOpenedLateInTheEveningInUtcShowsTheDateAndHourOfHauGiang() {
        assertThat(ZoneId.systemDefault().getId()).as("the test JVM's zone (argLine)").isEqualTo("UTC");
        Resident resident = SettledResidents.settle(residents, "zone-test-visitor",
                SettledResidents.firstHamlet(areas, AdminAccounts.COMMUNE_NAME));
        assertThat(requests.open(resident, "không nhận được mã OTP", List.of(), List.of()).opened()).isTrue();

        AdminHttp admin = AdminHttp.session(port);
        admin.login(AdminAccounts.ADMIN, AdminAccounts.ADMIN_PASSWORD);
        HttpResponse<String> queue = admin.get("/admin/escalations");

        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("mở lúc 01/12/2026 02:47").doesNotContain("19:47");
    }
}
