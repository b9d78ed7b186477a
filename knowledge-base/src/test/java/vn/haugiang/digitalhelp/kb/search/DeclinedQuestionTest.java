package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;

/** Questions that share words with the guides but must not get one, each with its honest reason. */
class DeclinedQuestionTest {

    private static GuideIndex index;
    private static GuideSearch search;

    @BeforeAll
    static void indexSeedGuides() {
        index = new GuideIndex();
        index.replaceWith(SeedGuideEvaluation.publishedSeedArticles(Instant.now()));
        search = new GuideSearch(index, KnowledgeBaseProperties.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"con nộp hồ sơ giùm cô được hông", "ad kích hoạt vneid hộ mình với",
            "tui gửi hình căn cước qua, đăng ký giùm tui nha", "em làm định danh mức 2 giùm chị được không",
            "nhân viên nộp giùm tui nha ad"})
    void doItForMeIsDeclined(String question) {
        assertDeclined(question, Decline.Reason.DO_IT_FOR_ME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"không có smartphone thì nhân viên xã có nộp online giùm không",
            "cán bộ có làm giùm hồ sơ không", "ko có điện thoại thông minh, trung tâm có nộp hồ sơ dùm ko"})
    void askingWhatTheStaffDoIsNotDoItForMe(String question) {
        SearchResult result = search.searchUncached(question);
        assertThat(result.decline()).as(question).isNull();
        assertThat(result.hits()).as(question).isNotEmpty();
    }

    @Test
    void askingToBeShownHowIsNotDoItForMe() {
        assertGuided("chỉ giùm tui cách cài app hậu giang trên android", "app-install-android");
        assertGuided("ai chi cai app hau giang tren dt android dum", "app-install-android");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tui hổng tự làm được, làm giùm tui nha", "toi ko tu lam dc, lam gium toi nha",
            "khỏi tự làm, bot làm giùm đi", "tui làm không được, tự nộp hổng nổi, nộp giùm nha",
            "dang ky muc 2 ho tui dc ko ad", "cho tui cái mã otp đi ad"})
    void sayingTheyCannotDoItThemselvesIsStillDoItForMe(String question) {
        assertDeclined(question, Decline.Reason.DO_IT_FOR_ME);
    }

    /**
     * Residents asking where, whether or how, often for a relative and to "ad", "em", "con", "cháu", with
     * "được không": a guide answers each (round 7's shapes declined many of them; see README "Round 7,
     * mends").
     */
    @ParameterizedTest
    @ValueSource(strings = {
            // the address or contact asked for
            "cho tui địa chỉ nộp hồ sơ với", "cho em địa chỉ đăng ký căn cước nha",
            "cho tui số điện thoại tổ công nghệ số với", "cho mình thông tin lớp bình dân học vụ số nha",
            "địa chỉ nộp hồ sơ khai sinh cho con tui nha ad", "cho em xin địa chỉ trung tâm hành chính công nha",
            "cho tui số của tổ công nghệ số ấp 3 với ad", "cho bà cái địa chỉ chỗ nộp hồ sơ khai sinh nghen con",
            "cho cháu thông tin lớp học xài điện thoại nha", "cho tui biết đăng ký thường trú cho con ở đâu nha",
            "cho tui hỏi chỗ làm định danh mức 2 ở xã mình với", "địa chỉ bộ phận một cửa xã Vị Tân ở đâu vậy ad",
            // whether it can be done for a relative
            "đăng ký định danh mức 2 cho ba tui được không ad", "cài app hậu giang cho mẹ tui được không bạn",
            "tui đăng ký mức 2 cho ba tui dc ko ad", "kích hoạt vneid cho má tui được hông con",
            "tạo tài khoản dịch vụ công cho ông ngoại tui được không ad",
            "đóng lệ phí hồ sơ cho ba tui bằng momo được không em", "cài ví điện tử cho bà nội tui được không bạn",
            "đăng ký khai sinh cho con tui trên vneid được không ad",
            "tích hợp thẻ bhyt vô vneid cho má tui được ko ad", "lam khai sinh cho con tui tren vneid duoc khong ad",
            "dang ky muc 2 cho me toi dc ko ban", "nộp hồ sơ khai sinh cho cháu nội tui ở đâu được ad",
            // a relative's account: can it be recovered, what to do
            "tk zalo của ba tui bị hack, lấy lại được chưa", "tk vneid của ba tui bị khóa, mở lại được chưa",
            "tài khoản vneid của má tui cần làm gì để kích hoạt chưa",
            "mật khẩu tk vneid của mẹ tui đặt lại được chưa", "tk zalo của con tui bị hack, giờ lấy lại được chưa ad",
            "mật khẩu vneid của ba tui quên rồi, đổi lại được chưa",
            "tài khoản vneid của má tui bị khóa, làm sao mở lại được chưa",
            // someone else cannot; the resident wants to do it or learn it
            "má tui không rành điện thoại, cài zalo cho bả được không ad",
            "tui hổng rành, muốn học cài zalo cho má tui", "con ko biết bấm, muốn nộp hồ sơ khai sinh cho con nha",
            "má tui hổng biết bấm, tui muốn cài app hậu giang cho bả thì làm sao",
            "ba tui không rành điện thoại, muốn kích hoạt vneid cho ổng được không ad",
            "tui muốn học cách nộp hồ sơ trên mạng cho má tui nha", "bà muốn tự cài zalo, con chỉ bà với",
            "tui muốn đăng ký định danh mức 2 cho vợ tui, đi đâu ad",
            "ông ngoại tui ko biết bấm, con muốn đăng ký mức 2 giùm ông thì đem giấy gì",
            "em muốn làm khai sinh cho bé trên vneid nha ad", "tui muốn tự kích hoạt vneid cho ba tui được không ad",
            "mẹ tui ko rành, tui muốn lấy lại mật khẩu vneid cho mẹ",
            "hồ sơ khai sinh của con tui bị trả về, cần làm gì để nộp lại chưa", "con muốn biết cách tải kết quả hồ sơ của ba con nha ad"})
    void anHonestHowToQuestionIsNotDeclined(String question) {
        assertThat(search.searchUncached(question).declined()).as(question).isEmpty();
    }

    @Test
    void aNeighbourAskedForARelativeIsDeclinedWithWhereToGoNotAsDoItForMe() {
        assertNeighbour("làm căn cước gắn chip cho ông nội tui được không ad", "làm căn cước");
    }

    @Test
    void doingItThemselvesIsNotDoItForMe() {
        assertGuided("tui tự kích hoạt vneid, bot hổng cần làm giùm đâu", "vneid-activate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xem giùm hồ sơ của má tui tới đâu rồi", "hồ sơ số 012345678 của tui xong chưa",
            "hồ sơ mã 000.00.12.H23-250101-0001 xử lý tới đâu", "hồ sơ đất của ba tui nộp lâu rồi chưa có",
            "ho so tro cap cua ong ngoai toi xong chua", "hồ sơ cấp sổ đỏ của ba tui nộp lâu rồi chưa có",
            "cho biết chú Tư ấp 5 kích hoạt vneid được chưa"})
    void aParticularDossierIsDeclined(String question) {
        assertDeclined(question, Decline.Reason.SOMEONE_ELSES_DOSSIER);
    }

    @Test
    void askingWhatToDoAboutADossierIsNotAParticularDossier() {
        assertDeclined("hồ sơ khai sinh của con tui tới đâu rồi", Decline.Reason.SOMEONE_ELSES_DOSSIER);
        assertGuided("hồ sơ khai sinh của con bị báo bổ sung thì làm sao", "dossier-supplement");
    }

    @ParameterizedTest
    @ValueSource(strings = {"em gửi thông tin qua, ad đăng ký khai sinh cho bé luôn nha",
            "nhắn mật khẩu vneid cho ad rồi sửa giúp em", "có thể làm thủ tục thay tôi không"})
    void handingOverPapersOrPasswordsIsDoItForMe(String question) {
        assertDeclined(question, Decline.Reason.DO_IT_FOR_ME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phí ship hàng bao nhiêu", "quên mật khẩu tiktok lấy lại sao",
            "tài khoản game của con bị hack lấy lại sao", "quên mật khẩu app điện lực coi hóa đơn"})
    void aKeyObjectTheTopGuideNeverNamesIsDeclined(String question) {
        SearchResult result = assertDeclined(question, Decline.Reason.OUT_OF_SCOPE);
        assertThat(result.decline().neighbour()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quên mật khẩu VNeID lấy lại sao", "phí nộp hồ sơ trên mạng trả bằng gì",
            "mật khẩu vneid tui quên mất tiêu rồi, giờ sao", "tra cứu hồ sơ bằng mã hồ sơ ở đâu",
            "quen mat khau vneid cua toi roi", "phi nop ho so tren mang tra bang gi"})
    void aKeyObjectTheTopGuideNamesKeepsTheGuide(String question) {
        assertThat(search.searchUncached(question).declined()).as(question).isEmpty();
    }

    @Test
    void aServiceOnlyAnotherGuideNamesPutsThatGuideFirst() {
        // "quên mật khẩu" matches the VNeID password guide best word for word; the Zalo and Facebook guide,
        // which names Zalo and walks through its "Quên mật khẩu", is the one offered.
        SearchResult result = search.searchUncached("quên mật khẩu zalo lấy lại sao");
        assertThat(result.outcome()).isEqualTo(SearchOutcome.SUGGEST);
        assertThat(result.declined()).isEmpty();
        assertThat(result.top().topic()).isEqualTo("account-takeover");
        assertThat(search.searchUncached("quên mật khẩu vneid lấy lại sao").top().topic()).isEqualTo("vneid-forgot-password");
    }

    @Test
    void aGuideThatCarriesTheKeyObjectFarBelowTheTopIsNotOffered() {
        // Only the team guide speaks of "học" (classes), at under half the top score: nothing to offer.
        SearchResult result = assertDeclined("đăng ký học lái xe ô tô ở đâu", Decline.Reason.OUT_OF_SCOPE);
        assertThat(result.decline().neighbour()).isNull();
    }

    @Test
    void aKeyObjectReadAsAListedPhraseOfTheGuideKeepsTheGuide() {
        assertGuided("lỡ cài ứng dụng giả dịch vụ công rồi", "scam-recovery");
        assertGuided("quen ma pass code 6 so tren app dinh danh", "vneid-forgot-passcode");
    }

    @Test
    void aNeighbourNamedInAnEarlierClauseOfTheQuestionSentenceStillDeclines() {
        assertNeighbour("ba tui có mảnh ruộng ở ấp 5, giờ muốn sang tên lại cho tui, vậy làm giấy tờ ở đâu vậy ad",
                "đất đai, sổ đỏ");
    }

    @Test
    void aNeighbouringServiceDoneInAnEarlierClauseIsBackstory() {
        assertGuided("tui mới làm căn cước gắn chip hồi tháng trước, nghe cán bộ nói giờ phải có định danh mức 2, "
                + "vậy đăng ký mức 2 ở đâu", "vneid-level2");
    }

    @Test
    void thePoliteDaIsNotTheDoneDa() {
        // "Dạ" folds to "da", as an unaccented "đã" does; only "đã" says the service was done.
        assertNeighbour("Dạ sổ đỏ nhà em bị ghi sai tên, giờ muốn sửa lại thì làm ở đâu vậy ạ", "đất đai, sổ đỏ");
    }

    @Test
    void aNewOneAskedForIsNotOneDone() {
        // "cấp mới", "làm mới": a new passport is wanted, not one just made.
        assertNeighbour("Em muốn làm thủ tục cấp mới hộ chiếu cho con, nộp hồ sơ online thì vào trang nào ạ",
                "hộ chiếu");
    }

    @Test
    void aServiceDoneTypedWithoutDiacriticsIsStillBackstory() {
        assertGuided("tui moi lam can cuoc gan chip hoi thang truoc, nghe can bo noi gio phai co dinh danh muc 2, "
                + "vay dang ky muc 2 o dau?", "vneid-level2");
    }

    @Test
    void aNeighbouringServiceDoneButStillAskedAboutDeclines() {
        assertNeighbour("mới làm căn cước xong mà chưa thấy thẻ về thì sao", "làm căn cước");
    }

    @Test
    void askingHowToFileADossierIsNotAParticularDossier() {
        assertGuided("làm hồ sơ khai sinh cho con online như thế nào", "dossier-birth");
    }

    @Test
    void everyNeighbourPhraseOfTheQuestionMustBeInTheTopGuide() {
        // The payment guide speaks of a bank account ("tài khoản ngân hàng") but not of opening one.
        assertNeighbour("mở tài khoản ngân hàng online được không", "ngân hàng");
        assertGuided("đóng lệ phí bằng tài khoản ngân hàng được không", "dossier-payment");
    }

    @Test
    void aNeighbouringServiceIsDeclinedWithWhereToGo() {
        assertNeighbour("quên mật khẩu tài khoản ngân hàng agribank", "ngân hàng");
        SearchResult licence = assertDeclined("đăng ký giấy phép kinh doanh hộ cá thể", Decline.Reason.OUT_OF_SCOPE);
        assertThat(licence.decline().neighbour().where()).isEqualTo(NeighbourService.Where.COMMUNE_CENTRE);
    }

    @Test
    void aNeighbourTypedWithVniKeysIsStillNamed() {
        assertNeighbour("ca61p la5i ba82ng la1i bi5 ma61t", "bằng lái xe, đăng ký xe");
        assertGuided("que6n ma65t kha63u vneid", "vneid-forgot-password");
    }

    @Test
    void jobsAndCertificatesAreNeighboursNoGuideCovers() {
        assertNeighbour("nộp đơn xin việc làm công nhân ở đâu", "xin việc làm");
        SearchResult certificate = assertDeclined("thi chứng chỉ tiếng anh đăng ký ở đâu", Decline.Reason.OUT_OF_SCOPE);
        assertThat(certificate.decline().neighbour().where()).isEqualTo(NeighbourService.Where.NONE);
    }

    @Test
    void onlineShoppingAndMistakenTransfersAreNeighbours() {
        assertNeighbour("phí ship hàng trên shopee bao nhiêu", "mua bán trên mạng");
        assertNeighbour("chuyển khoản nhầm cho người lạ đòi lại sao", "chuyển tiền bị lỗi");
    }

    @Test
    void deliveriesElectionsBirthCorrectionsAndTransfersSaidInSouthernSpeechAreNeighbours() {
        assertNeighbour("tra cứu vận đơn giao hàng ở đâu", "mua bán trên mạng");
        assertNeighbour("danh sách cử tri ấp mình coi ở đâu", "bầu cử");
        assertNeighbour("cải chính ngày sinh trên giấy khai sinh", "cấp lại giấy khai sinh");
        assertNeighbour("chuyển tiền lộn số tài khoản lấy lại sao", "chuyển tiền bị lỗi");
    }

    @Test
    void aWordNoGuideKnowsTypedWithItsMarksIsNotReadAsAGuideWord() {
        SearchResult school = search.searchUncached("trường tiểu học sáp nhập thì học sinh học điểm nào");
        assertThat(school.outcome()).isEqualTo(SearchOutcome.FALLBACK);
        assertThat(search.searchUncached("giống vịt xiêm").outcome()).isEqualTo(SearchOutcome.FALLBACK);
    }

    @Test
    void requestsInTheirGeneralShapeAreDeclinedHonestly() {
        assertDeclined("tạo tài khoản zalo cho má tui với", Decline.Reason.DO_IT_FOR_ME);
        assertDeclined("hồ sơ trợ cấp của dì Năm xong chưa", Decline.Reason.SOMEONE_ELSES_DOSSIER);
        assertGuided("con chỉ má cách kích hoạt định danh mức 2 cho má nghen", "vneid-activate");
    }

    @Test
    void aNeighbourNamedOnlyInTheBackstoryDoesNotDecline() {
        assertGuided("Tui có mở hộ kinh doanh tạp hóa. Giờ quên mật khẩu VNeID thì lấy lại sao?",
                "vneid-forgot-password");
    }

    @Test
    void aQuestionMarkedOutOfScopeIsDeclinedWithItsNearTwins() {
        String question = "tra cứu kết quả xét nghiệm ở bệnh viện sao";
        assertThat(search.searchUncached(question).declined()).isEmpty();
        GuideIndex marked = new GuideIndex();
        marked.replaceWith(SeedGuideEvaluation.publishedSeedArticles(Instant.now()), List.of(question));
        GuideSearch learned = new GuideSearch(marked, KnowledgeBaseProperties.defaults());
        assertThat(learned.searchUncached(question).decline().reason()).isEqualTo(Decline.Reason.OUT_OF_SCOPE);
        assertThat(learned.searchUncached("Tra cứu kết quả xét nghiệm ở bệnh viện sao?").declined()).isPresent();
        assertThat(learned.searchUncached("quên mật khẩu vneid").declined()).isEmpty();
    }

    private static void assertGuided(String question, String topic) {
        SearchResult result = search.searchUncached(question);
        assertThat(result.declined()).isEmpty();
        assertThat(result.top().topic()).isEqualTo(topic);
    }

    private static SearchResult assertNeighbour(String question, String label) {
        SearchResult result = assertDeclined(question, Decline.Reason.OUT_OF_SCOPE);
        assertThat(result.decline().neighbour().label()).isEqualTo(label);
        return result;
    }

    private static SearchResult assertDeclined(String question, Decline.Reason reason) {
        SearchResult result = search.searchUncached(question);
        assertThat(result.outcome()).isEqualTo(SearchOutcome.FALLBACK);
        assertThat(result.declined()).map(Decline::reason).contains(reason);
        return result;
    }
}
