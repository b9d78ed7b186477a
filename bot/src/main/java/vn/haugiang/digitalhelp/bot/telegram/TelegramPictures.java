package vn.haugiang.digitalhelp.bot.telegram;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.media.InputMedia;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import vn.haugiang.digitalhelp.kb.image.GuideImage;
import vn.haugiang.digitalhelp.kb.image.GuideImages;
import vn.haugiang.digitalhelp.kb.image.ImageReference;

/**
 * Sends the pictures of one step of a guide: one picture as a photo, several as an album, each with its
 * alt text as a short caption. A picture this bot uploaded before goes by its {@code file_id}; one it
 * never sent is uploaded (multipart) and the {@code file_id} in Telegram's answer is remembered.
 */
@Component
class TelegramPictures {

    /** Telegram takes at most this many pictures in one album. */
    static final int ALBUM_LIMIT = 10;
    private static final Logger log = LoggerFactory.getLogger(TelegramPictures.class);

    private final TelegramConnection connection;
    private final GuideImages images;
    private final TelegramFileIds fileIds;

    TelegramPictures(TelegramConnection connection, GuideImages images, TelegramFileIds fileIds) {
        this.connection = connection;
        this.images = images;
        this.fileIds = fileIds;
    }

    /** Sends the pictures (at most {@link #ALBUM_LIMIT}); a picture that is not stored is left out. */
    void send(String chatId, List<ImageReference> pictures) throws TelegramApiException {
        List<Picture> ready = new ArrayList<>();
        for (ImageReference reference : pictures) {
            Optional<GuideImage> image = images.find(reference.id());
            if (image.isPresent()) {
                ready.add(new Picture(reference, image.get(), fileIds.of(reference.id())));
            } else {
                log.warn("Guide image {} is not stored; it is left out of the message", reference.id());
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        try {
            if (ready.size() == 1) {
                photo(chatId, ready.get(0));
            } else {
                album(chatId, ready);
            }
        } catch (TelegramApiRequestException refused) {
            Integer code = refused.getErrorCode();
            if (code != null && code == 400 && ready.stream().anyMatch(picture -> picture.fileId().isPresent())) {
                // Telegram did not take a remembered file_id: forget them, and the retry uploads the pictures.
                ready.forEach(picture -> fileIds.forget(picture.reference().id()));
                throw new TelegramApiException("A remembered file_id was refused; the pictures go again as uploads", refused);
            }
            throw refused;
        }
    }

    private void photo(String chatId, Picture picture) throws TelegramApiException {
        InputFile file = picture.fileId().map(InputFile::new)
                .orElseGet(() -> new InputFile(new ByteArrayInputStream(content(picture)), picture.image().fileName()));
        Message sent = connection.sendPhoto(SendPhoto.builder()
                .chatId(chatId)
                .photo(file)
                .caption(TelegramHtml.caption(picture.reference().alt()))
                .build());
        rememberUpload(picture, sent);
    }

    private void album(String chatId, List<Picture> pictures) throws TelegramApiException {
        List<InputMedia> media = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            Picture picture = pictures.get(i);
            InputMediaPhoto photo = picture.fileId().isPresent()
                    ? new InputMediaPhoto(picture.fileId().get())
                    : new InputMediaPhoto(new ByteArrayInputStream(content(picture)), i + "-" + picture.image().fileName());
            photo.setCaption(TelegramHtml.caption(picture.reference().alt()));
            media.add(photo);
        }
        List<Message> sent = connection.sendMediaGroup(SendMediaGroup.builder().chatId(chatId).medias(media).build());
        for (int i = 0; i < pictures.size() && sent != null && i < sent.size(); i++) {
            rememberUpload(pictures.get(i), sent.get(i));
        }
    }

    private void rememberUpload(Picture picture, Message sent) {
        if (picture.fileId().isPresent() || sent == null || sent.getPhoto() == null) {
            return;
        }
        sent.getPhoto().stream()
                .max(Comparator.comparing(size -> (long) size.getWidth() * size.getHeight()))
                .map(PhotoSize::getFileId)
                .ifPresent(fileId -> fileIds.remember(picture.reference().id(), fileId));
    }

    private byte[] content(Picture picture) {
        return images.content(picture.reference().id()).orElseThrow();
    }

    private record Picture(ImageReference reference, GuideImage image, Optional<String> fileId) {
    }
}
