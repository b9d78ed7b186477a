package vn.haugiang.digitalhelp.app.pictures;

import java.util.List;

/**
 * What residents' screens say when something goes wrong, written for this project from the guide topics
 * of {@code ../shared/guide-topics.md} (the labels and error wordings of the apps and portals they name),
 * each with the guide topic a resident sending it needs.
 *
 * @param app   the app or site whose screen it is (its header)
 * @param lines the screen's text, top to bottom; the first line is the error's title
 * @param topic the topic key of the guide that answers it
 */
public record ScreenTexts(String app, List<String> lines, String topic) {

    public static final List<ScreenTexts> ALL = List.of(
            new ScreenTexts("VNeID", List.of("Sai mật khẩu", "Bạn đã nhập sai mật khẩu.", "Vui lòng thử lại.",
                    "Quên mật khẩu?"), "vneid-forgot-password"),
            new ScreenTexts("VNeID", List.of("Mật khẩu không đúng", "Bạn còn 2 lần thử.", "Quên mật khẩu?",
                    "Đăng nhập"), "vneid-forgot-password"),
            new ScreenTexts("VNeID", List.of("Passcode không đúng", "Vui lòng nhập lại mã 6 số.", "Quên passcode?"),
                    "vneid-forgot-passcode"),
            new ScreenTexts("VNeID", List.of("Tài khoản chưa được kích hoạt", "Vui lòng kích hoạt tài khoản",
                    "định danh điện tử để tiếp tục.", "Kích hoạt tài khoản"), "vneid-activate"),
            new ScreenTexts("VNeID", List.of("Tài khoản định danh điện tử mức 1", "Để dùng đầy đủ tính năng,",
                    "hãy nâng cấp lên mức 2", "tại cơ quan Công an."), "vneid-level2"),
            new ScreenTexts("Cổng Dịch vụ công quốc gia", List.of("Mã OTP không đúng", "Vui lòng kiểm tra tin nhắn",
                    "và nhập lại mã OTP.", "Gửi lại mã OTP"), "portal-login"),
            new ScreenTexts("Cổng Dịch vụ công quốc gia", List.of("Tài khoản không còn sử dụng",
                    "Tài khoản Cổng Dịch vụ công cũ đã ngừng.", "Vui lòng đăng nhập bằng VNeID."), "portal-old-account"),
            new ScreenTexts("Cổng Dịch vụ công quốc gia", List.of("Thanh toán không thành công",
                    "Yêu cầu thanh toán phí, lệ phí", "của hồ sơ chưa hoàn tất.", "Thanh toán lại"), "dossier-payment"),
            new ScreenTexts("Cổng Dịch vụ công quốc gia", List.of("Hồ sơ yêu cầu bổ sung",
                    "Vui lòng bổ sung giấy tờ còn thiếu", "trong Quản lý hồ sơ."), "dossier-supplement"),
            new ScreenTexts("Cổng Dịch vụ công quốc gia", List.of("Tệp đính kèm vượt quá dung lượng",
                    "Chỉ nhận tệp PDF hoặc JPG.", "Vui lòng chụp lại giấy tờ."), "dossier-scan"),
            new ScreenTexts("Cổng Dịch vụ công quốc gia", List.of("Tra cứu tình trạng hồ sơ", "Mã hồ sơ: G22.45-2611",
                    "Trạng thái: Đang xử lý"), "dossier-status"),
            new ScreenTexts("CH Play", List.of("Không cài đặt được ứng dụng Hậu Giang",
                    "Đã xảy ra lỗi khi cài đặt.", "Thử lại"), "app-install-android"),
            new ScreenTexts("Hậu Giang", List.of("Phản ánh hiện trường", "Gửi phản ánh không thành công.",
                    "Vui lòng thêm ảnh và mô tả."), "app-report"),
            new ScreenTexts("Cảnh báo", List.of("Cảnh giác lừa đảo qua mạng", "Không cung cấp mã OTP, mật khẩu",
                    "cho bất kỳ ai qua điện thoại."), "online-safety"));
}
