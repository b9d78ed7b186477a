package vn.haugiang.digitalhelp.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders Markdown as the HTML subset Telegram accepts ({@code <b> <i> <code> <pre> <a> <blockquote>}),
 * escaping all text, and splits it into messages under Telegram's 4,096-character limit at block
 * boundaries, so no tag is ever cut in half.
 */
public final class TelegramHtml {

    public static final int MAX_MESSAGE_LENGTH = 4096;
    /** Captions are kept short (Telegram takes up to 1,024 characters). */
    public static final int MAX_CAPTION_LENGTH = 200;
    private static final Parser PARSER = Parser.builder().build();
    /** Plain text of a block (commonmark's own renderer): one line per paragraph, list item or line break. */
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.COMPACT)
            .nodeRendererFactory(AltTextOnly::new)
            .build();

    private TelegramHtml() {
    }

    /** The messages to send for this Markdown, in order; never empty, none longer than the limit. */
    public static List<String> render(String markdown) {
        List<String> messages = new ArrayList<>();
        StringBuilder message = new StringBuilder();
        for (Node block = PARSER.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            String html = renderBlock(block);
            if (html.isEmpty()) {
                continue;
            }
            if (!message.isEmpty() && message.length() + 2 + html.length() > MAX_MESSAGE_LENGTH) {
                messages.add(message.toString());
                message.setLength(0);
            }
            if (html.length() > MAX_MESSAGE_LENGTH) {
                messages.addAll(plainPieces(block));
                continue;
            }
            if (!message.isEmpty()) {
                message.append("\n\n");
            }
            message.append(html);
        }
        if (!message.isEmpty() || messages.isEmpty()) {
            messages.add(message.toString());
        }
        return messages;
    }

    /** A picture's caption: its alt text, cut at a word to stay short; none when the editor wrote none. */
    public static String caption(String alt) {
        if (alt == null || alt.isBlank()) {
            return null;
        }
        String text = alt.strip();
        if (text.length() <= MAX_CAPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CAPTION_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : MAX_CAPTION_LENGTH - 1) + "…";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String renderBlock(Node block) {
        HtmlWriter writer = new HtmlWriter();
        block.accept(writer);
        return writer.html.toString().strip();
    }

    /** A block too long for one message, sent as escaped plain text in pieces cut at spaces. */
    private static List<String> plainPieces(Node block) {
        String text = PLAIN_TEXT.render(block).strip();
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int escapedLength = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cost = escape(String.valueOf(c)).length();
            boolean splitsPair = Character.isLowSurrogate(c) && piece.length() > 0;
            if (escapedLength + cost > MAX_MESSAGE_LENGTH && !splitsPair) {
                int cut = lastSpace > 0 ? lastSpace : piece.length();
                pieces.add(escape(piece.substring(0, cut).strip()));
                String rest = piece.substring(cut);
                piece.setLength(0);
                piece.append(rest);
                escapedLength = escape(rest).length();
                lastSpace = -1;
            }
            if (Character.isWhitespace(c)) {
                lastSpace = piece.length();
            }
            piece.append(c);
            escapedLength += cost;
        }
        if (!piece.toString().isBlank()) {
            pieces.add(escape(piece.toString().strip()));
        }
        return pieces;
    }

    private static final class HtmlWriter extends AbstractVisitor {
        private final StringBuilder html = new StringBuilder();
        private String indent = "";

        @Override
        public void visit(Text text) {
            html.append(escape(text.getLiteral()));
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            html.append('\n').append(indent);
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            html.append('\n').append(indent);
        }

        @Override
        public void visit(Emphasis emphasis) {
            wrap("i", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            wrap("b", strong);
        }

        @Override
        public void visit(Heading heading) {
            wrap("b", heading);
        }

        @Override
        public void visit(Code code) {
            html.append("<code>").append(escape(code.getLiteral())).append("</code>");
        }

        @Override
        public void visit(FencedCodeBlock code) {
            html.append("<pre>").append(escape(code.getLiteral().stripTrailing())).append("</pre>");
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            html.append("<pre>").append(escape(code.getLiteral().stripTrailing())).append("</pre>");
        }

        @Override
        public void visit(BlockQuote quote) {
            html.append("<blockquote>");
            visitChildren(quote);
            html.append("</blockquote>");
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            if (destination.startsWith("https://") || destination.startsWith("http://")) {
                html.append("<a href=\"").append(escape(destination).replace("\"", "&quot;")).append("\">");
                visitChildren(link);
                html.append("</a>");
            } else {
                visitChildren(link);
            }
        }

        @Override
        public void visit(HtmlInline inline) {
            html.append(escape(inline.getLiteral()));
        }

        @Override
        public void visit(HtmlBlock block) {
            html.append(escape(block.getLiteral()));
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            html.append("———");
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            if (paragraph.getNext() != null) {
                html.append("\n\n").append(indent);
            }
        }

        @Override
        public void visit(BulletList list) {
            items(list, null);
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            items(list, start == null ? 1 : start);
        }

        private void items(Node list, Integer firstNumber) {
            int number = firstNumber == null ? 0 : firstNumber;
            String outerIndent = indent;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item != list.getFirstChild()) {
                    html.append('\n').append(outerIndent);
                }
                String marker = firstNumber == null ? "• " : (number++) + ". ";
                html.append(marker);
                indent = outerIndent + " ".repeat(marker.length());
                visitChildren(item);
                indent = outerIndent;
            }
            if (list.getNext() != null) {
                html.append("\n\n").append(indent);
            }
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
        }

        private void wrap(String tag, Node node) {
            html.append('<').append(tag).append('>');
            visitChildren(node);
            html.append("</").append(tag).append('>');
        }
    }

    /**
     * A picture inside a block rendered as plain text keeps only its alt text, as in the HTML rendering
     * (commonmark's text renderer would add its {@code image:} address).
     */
    private record AltTextOnly(TextContentNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }
}
