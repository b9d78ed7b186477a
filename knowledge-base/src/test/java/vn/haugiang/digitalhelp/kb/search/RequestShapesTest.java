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
            """)
    void aRequestToActIsReadByItsShape(String question, boolean request) {
        assertThat(shapes.asksToAct(RequestShapes.read(question))).isEqualTo(request);
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
            """)
    void doingItThemselvesIsRead(String question, boolean self) {
        assertThat(shapes.saysSelfDone(RequestShapes.read(question))).isEqualTo(self);
    }
}
