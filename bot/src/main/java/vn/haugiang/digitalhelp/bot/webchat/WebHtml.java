package vn.haugiang.digitalhelp.bot.webchat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import vn.haugiang.digitalhelp.kb.image.GuideImage;
import vn.haugiang.digitalhelp.kb.image.ImageReferences;

/**
 * Renders a reply's Markdown for the web page, escaping any raw HTML and unsafe link targets. A guide's
 * picture ({@code ![alt](image:<id>)}) becomes an {@code <img>} served by this service, with its size set
 * and loaded lazily; any other picture, or one not stored, shows only its alt text.
 */
public final class WebHtml {

    private static final Parser PARSER = Parser.builder().build();

    private final HtmlRenderer renderer;

    private WebHtml(HtmlRenderer renderer) {
        this.renderer = renderer;
    }

    /** A renderer showing the guide pictures {@code images} finds; built once, it renders on any thread. */
    public static WebHtml showing(Function<String, Optional<GuideImage>> images) {
        return new WebHtml(HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                // The default sanitizer lets data: links through; only web, mail and phone links are kept.
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
                .softbreak("<br>\n")
                .nodeRendererFactory(context -> new PictureRenderer(context, images))
                .build());
    }

    /** Renders Markdown that shows no guide pictures (every picture becomes its alt text). */
    public static String render(String markdown) {
        return render(markdown, id -> Optional.empty());
    }

    /** Renders Markdown once, showing the guide pictures {@code images} finds. */
    public static String render(String markdown, Function<String, Optional<GuideImage>> images) {
        return showing(images).html(markdown);
    }

    /** The HTML of this Markdown. */
    public String html(String markdown) {
        return renderer.render(PARSER.parse(markdown));
    }

    private static final class PictureRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final Function<String, Optional<GuideImage>> images;

        PictureRenderer(HtmlNodeRendererContext context, Function<String, Optional<GuideImage>> images) {
            this.html = context.getWriter();
            this.images = images;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image picture = (Image) node;
            String alt = altText(picture);
            String destination = picture.getDestination();
            Optional<GuideImage> image = destination.startsWith(ImageReferences.SCHEME)
                    ? images.apply(destination.substring(ImageReferences.SCHEME.length()))
                    : Optional.empty();
            if (image.isEmpty()) {
                html.text(alt);
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", image.get().path());
            attributes.put("alt", alt);
            attributes.put("width", String.valueOf(image.get().width()));
            attributes.put("height", String.valueOf(image.get().height()));
            attributes.put("loading", "lazy");
            attributes.put("decoding", "async");
            attributes.put("class", "guide-image");
            html.tag("img", attributes, true);
        }

        private static String altText(Image picture) {
            StringBuilder text = new StringBuilder();
            picture.accept(new AbstractVisitor() {
                @Override
                public void visit(Text literal) {
                    text.append(literal.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    text.append(code.getLiteral());
                }
            });
            return text.toString();
        }
    }
}
