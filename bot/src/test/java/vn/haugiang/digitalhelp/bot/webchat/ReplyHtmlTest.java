package vn.haugiang.digitalhelp.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.RetentionProperties;
import vn.haugiang.digitalhelp.bot.chat.GuideParts;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.privacy.PrivacyNotice;
import vn.haugiang.digitalhelp.kb.image.GuideImages;
import vn.haugiang.digitalhelp.kb.phone.PhoneFit;

class ReplyHtmlTest {

    private MongoServer server;
    private MongoClient client;
    private GuideParts parts;
    private PrivacyNotice notice;
    private ReplyHtml html;

    @BeforeEach
    void renderer() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        Binder defaults = new Binder(new MapConfigurationPropertySource(Map.of()));
        ResidentMessages messages = new ResidentMessages();
        parts = new GuideParts(PhoneFit.DEFAULT, messages);
        notice = new PrivacyNotice(messages, defaults.bindOrCreate("digitalhelp.metrics", MetricsProperties.class),
                defaults.bindOrCreate("digitalhelp.retention", RetentionProperties.class));
        html = new ReplyHtml(new GuideImages(new MongoTemplate(client, "images")), parts, notice);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aGuidePartAndTheNoticeAreRenderedOnceAsWebHtmlRendersThem() {
        List<String> guide = parts.markdown("Cài VNeID", "1. Mở **CH Play**.\n2. Tìm *VNeID* <b>ngay</b>.");

        String first = html.of(guide.get(0));

        assertThat(first).isEqualTo(WebHtml.render(guide.get(0))).contains("<strong>CH Play</strong>")
                .contains("&lt;b&gt;");
        assertThat(html.of(guide.get(0))).as("kept").isSameAs(first);
        assertThat(html.of(notice.text())).isEqualTo(WebHtml.render(notice.text())).isSameAs(html.of(notice.text()));
    }

    @Test
    void aTextThatMayCarryAResidentsWordsIsRenderedEachTimeAndNotKept() {
        String echo = "Mình đọc được: «tôi tên **Lan**, số 0912»";

        String first = html.of(echo);

        assertThat(first).isEqualTo(WebHtml.render(echo));
        assertThat(html.of(echo)).isEqualTo(first).isNotSameAs(first);
    }
}
