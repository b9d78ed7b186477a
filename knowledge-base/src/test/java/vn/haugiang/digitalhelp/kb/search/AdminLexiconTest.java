package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin's own lexicon file adds words beside the shipped list and changes nothing else. */
class AdminLexiconTest {

    @Test
    void anAdminWordIsReadBesideTheShippedOnes(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("tu-dia-phuong.txt");
        Files.writeString(file, "# tiếng địa phương của xã\nlẹ = nhanh\nphôn tay = điện thoại\n");

        WordLists lists = WordLists.withLexicon(Optional.of(file));

        assertThat(lists.readingsOf("lẹ")).containsExactly("nhanh");
        assertThat(lists.colloquialPhrase("phon tay")).containsExactly("điện thoại");
        assertThat(lists.readingsOf("mần")).containsExactly("làm");
        assertThat(WordLists.shipped().readingsOf("lẹ")).isNull();
    }

    @Test
    void withoutAFileTheShippedListsAreUsed() {
        assertThat(WordLists.withLexicon(Optional.empty())).isSameAs(WordLists.shipped());
    }
}
