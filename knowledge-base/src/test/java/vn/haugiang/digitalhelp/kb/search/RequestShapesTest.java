package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The general shapes of requests no guide answers, on wordings that are in no phrase list and in neither
 * evaluation set.
 */
class RequestShapesTest {

    private final RequestShapes shapes = WordLists.shipped().requestShapes();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # an action and two request signs
            con mở tài khoản zalo cho má nghen | true
            ad gia hạn thẻ giùm tui, tui gửi hình thẻ qua | true
            cháu ơi cập nhật vneid dùm bà | true
            nhờ bạn khóa giùm tài khoản ví của tôi | true
            tui đưa số căn cước nè, em làm luôn đi | true
            lay lai mat khau zalo cho tui voi | true
            # the bot named last after a closing word, "ho" before a person, a message opening with "cho"
            # and a person, a paper presented with "đây"/"nè", saying they cannot do it
            kich hoat vneid ho toi duoc ko ad | true
            gia hạn thẻ bhyt cho má tui với em | true
            cho tôi mật khẩu mới đi bot | true
            mở ví điện tử cho ông ngoại, cccd ổng nè | true
            tui hổng rành, con cài app hậu giang | true
            # "chỉ" of "địa chỉ" does not ask
            bot đổi địa chỉ trên app cho tui | true
            # asking how, where or whether is what the guides are for
            làm sao tạo tài khoản dịch vụ công cho ba tôi với | false
            cho tôi hỏi cách nộp hồ sơ nha | false
            giúp em với, em không đăng nhập được | false
            con chỉ bà cách cài app nghen | false
            # one sign alone is not a request
            tui gửi hình căn cước rồi mà chưa thấy gì | false
            con cài app hậu giang rồi mà không mở được | false
            làm khai sinh cho em bé nha | false
            zalo bị người ta chiếm rồi nhắn mượn tiền bà con | false
            ho so nop truc tuyen duoc ko ad | false
            # "ho so": its "ho" is not "hộ", its "so" not "số" (=hộ, =số in request-shapes.txt)
            ad nop ho so truc tuyen | false
            gui ho so len mang nhu the nay dung ko ad | false
            # "địa chỉ" asks where unless a verb of changing it comes first; an opening "cho" and a person
            # asks the bot only for a code
            cho tui địa chỉ nộp hồ sơ với | false
            cho em địa chỉ đăng ký căn cước nha | false
            cho tui số điện thoại tổ công nghệ số với | false
            cho mình thông tin lớp bình dân học vụ số nha | false
            địa chỉ nộp hồ sơ khai sinh cho con tui nha ad | false
            cho em xin địa chỉ trung tâm hành chính công nha | false
            ad cập nhật lại địa chỉ trên vneid cho tui nha | true
            cho tui mã otp đi, đợi hoài hổng thấy | true
            # a yes/no tail asks whether it can be done, unless the question says on whose behalf
            đăng ký định danh mức 2 cho ba tui được không ad | false
            cài app hậu giang cho mẹ tui được không bạn | false
            làm căn cước gắn chip cho ông nội tui được không ad | false
            tui đăng ký mức 2 cho ba tui dc ko ad | false
            kích hoạt vneid cho má tui được hông con | false
            dang ky muc 2 cho me toi dc ko ban | false
            dang ky muc 2 ho tui dc ko ad | true
            nhờ bot đăng ký mức 2 cho ba tui được không | true
            kích hoạt vneid cho má tui với được không ad | true
            # cannot counts for the speaker only
            má tui không rành điện thoại, cài zalo cho bả được không ad | false
            ông ngoại tui ko biết bấm, mở ví cho ông được không | false
            bà hông biết bấm, con mở ví cho bà nha | true
            # "thay" after a negation, typed without diacritics, is "thấy" (seen), not "instead"
            be dk thuong tru roi ma vneid ko thay ten be | false
            bé đăng ký thường trú rồi mà vneid không thấy tên bé | false
            be dk thuong tru thay me nha | true
            # the staff told to act for the resident is still a request
            nhân viên nộp giùm tui nha ad | true
            """)
    void aRequestToActIsReadByItsShape(String question, boolean request) {
        assertThat(shapes.asksToAct(RequestShapes.read(question))).isEqualTo(request);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the staff asked about right before the action ("có" between), not the bot asked to act
            nhân viên có nộp online giùm không | true
            can bo xa co lam giup cho toi ko ad | true
            ko có điện thoại thông minh, trung tâm có nộp hồ sơ dùm ko | true
            # the staff told to act, or "có" not before the action, is no such question
            nhân viên nộp giùm tui nha ad | false
            xã có nhân viên nộp giùm không | false
            con nộp hồ sơ giùm cô được hông | false
            """)
    void askingWhatTheStaffDoIsRead(String question, boolean staff) {
        assertThat(shapes.asksAboutStaff(RequestShapes.read(question))).isEqualTo(staff);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a dossier, another owner, its state asked
            hồ sơ trợ cấp của dì Năm xong chưa | true
            chú tui nộp hồ sơ đất tháng rồi, giờ tới đâu rồi | true
            hs khai tu cho ong noi toi sao chua co ket qua | true
            hồ sơ trợ cấp của em trai tôi bị bổ sung gì vậy | true
            # an account is someone's too, and a question ending in "chưa" asks its state
            tk zalo của má tui mở khóa lại chưa | true
            tài khoản vneid của tui kích hoạt xong chưa | false
            thẻ bhyt của bé có trên vneid chưa | false
            ho so cua chi hai bi tu choi vi thieu giay gi | true
            # asking where to look, the resident's own dossier, or no state asked
            hồ sơ của ba tui tới đâu rồi xem ở đâu | false
            hồ sơ khai sinh cho con cần những gì | false
            hồ sơ tui nộp tuần trước tới đâu rồi | false
            ba tui hỏi làm sao nộp hồ sơ trợ cấp | false
            # "(lại) được chưa" after an action asks whether it can be done; asking what to do cancels "chưa"
            tk zalo của ba tui bị hack, lấy lại được chưa | false
            tk vneid của ba tui bị khóa, mở lại được chưa | false
            tài khoản vneid của má tui cần làm gì để kích hoạt chưa | false
            mật khẩu tk vneid của mẹ tui đặt lại được chưa | false
            hồ sơ khai sinh của con tui bị trả về, cần làm gì để nộp lại chưa | false
            hồ sơ của ba tui duyệt được chưa | true
            tài khoản vneid của ông Ba Lợi được duyệt mức 2 chưa | true
            # typed without diacritics, "anh chup" is "ảnh chụp" (a photo), not an older brother
            anh chup cccd bi mo thi hs co bi tra ko | false
            anh hai tui nop hs dat bi tra chua | true
            anh chụp cccd nộp hs đất bị trả chưa | true
            con chup cccd nop hs cho ba bi tra chua | true
            """)
    void someoneElsesDossierIsReadByItsShape(String question, boolean someoneElses) {
        assertThat(shapes.asksAboutOthersDossier(RequestShapes.read(question))).isEqualTo(someoneElses);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tui tự nộp được không, nộp giùm là khỏi | true
            tu kich hoat vneid o nha dc ko | true
            thường trú cho con có tự động không | false
            nộp giùm tui hồ sơ nha | false
            # a negation before "tự", or the clause saying it cannot, is no doing it themselves
            tui hổng tự làm được, làm giùm tui nha | false
            toi ko tu lam dc, lam gium toi nha | false
            khỏi tự làm, bot làm giùm đi | false
            tui làm không được, tự nộp hổng nổi, nộp giùm nha | false
            tui muốn tự kích hoạt mà không biết bấm gì tiếp | true
            # wanting to do it or to learn it asks to be shown
            tui hổng rành, muốn học cài zalo cho má tui | true
            con ko biết bấm, muốn nộp hồ sơ khai sinh cho con nha | true
            mẹ tui ko rành, tui muốn lấy lại mật khẩu vneid cho mẹ | true
            con muốn biết cách tải kết quả hồ sơ của ba con nha ad | true
            tui không muốn làm, bot làm giùm đi | false
            """)
    void doingItThemselvesIsRead(String question, boolean self) {
        assertThat(shapes.saysSelfDone(RequestShapes.read(question))).isEqualTo(self);
    }
}
