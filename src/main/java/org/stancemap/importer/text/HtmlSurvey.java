package org.stancemap.importer.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One look over a page before it is read, deciding which of its elements are not the article: what is never
 * shown (scripts, hidden elements), what is the site around the article (navigation, header and footer, sidebars,
 * share buttons, cookie banners, comments…, told by the element or by its class, id or role), and which table
 * rows lay a page out rather than hold data.
 *
 * <p>An element is never set aside when it holds the article: when it contains {@code <main>}, the page's only
 * {@code <h1>}, or more than half of the page's text. Pages put words like "menu" or "comments" on the wrappers of
 * everything (a round-up's experts are, after all, commenting), and losing the article would be far worse than
 * keeping a menu. The counts are gathered bottom-up in one traversal, so the survey costs one pass.
 */
final class HtmlSurvey {

    /** Elements whose content is never text a reader sees. */
    static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "svg", "template", "iframe",
            "button", "select", "option", "input", "textarea", "canvas", "object", "embed", "video", "audio", "map",
            "head", "title", "meta", "link");

    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** A table cell holding more than this much text, or these many blocks, lays out a page. */
    private static final int MAX_DATA_CELL_TEXT = 2000;
    private static final int MAX_DATA_CELL_BLOCKS = 3;
    private static final int MAX_ATTRIBUTE_SCANNED = 2000;

    private static final Map<String, String> WORD_REASONS = Map.ofEntries(
            Map.entry("nav", "site navigation"), Map.entry("navbar", "site navigation"),
            Map.entry("navigation", "site navigation"), Map.entry("menu", "site navigation"),
            Map.entry("menubar", "site navigation"), Map.entry("breadcrumb", "breadcrumb trail"),
            Map.entry("breadcrumbs", "breadcrumb trail"), Map.entry("share", "share buttons"),
            Map.entry("sharing", "share buttons"), Map.entry("social", "share buttons"),
            Map.entry("sharethis", "share buttons"), Map.entry("addthis", "share buttons"),
            Map.entry("newsletter", "newsletter sign-up"), Map.entry("subscribe", "newsletter sign-up"),
            Map.entry("subscription", "newsletter sign-up"), Map.entry("signup", "newsletter sign-up"),
            Map.entry("cookie", "cookie notice"), Map.entry("cookies", "cookie notice"),
            Map.entry("consent", "cookie notice"), Map.entry("gdpr", "cookie notice"),
            Map.entry("advert", "advertisement"), Map.entry("advertisement", "advertisement"),
            Map.entry("ad", "advertisement"), Map.entry("ads", "advertisement"),
            Map.entry("sponsored", "advertisement"), Map.entry("related", "related links"),
            Map.entry("comments", "comments"), Map.entry("disqus", "comments"), Map.entry("sidebar", "sidebar"));

    private static final Map<String, String> ROLE_REASONS = Map.of("navigation", "site navigation",
            "menu", "site navigation", "menubar", "site navigation", "search", "site navigation",
            "complementary", "sidebar");

    /** The reason recorded for an element that is not shown at all, so nothing of it is listed. */
    private static final String HIDDEN = "";

    private final Map<Element, String> setAside = new IdentityHashMap<>();
    private final Set<Element> layoutRows = Collections.newSetFromMap(new IdentityHashMap<>());

    private HtmlSurvey() {
    }

    static HtmlSurvey of(Element body) {
        HtmlSurvey survey = new HtmlSurvey();
        new Traversal(survey).run(body);
        return survey;
    }

    /** Why {@code element} is not part of the article, when it is site furniture a user should see listed. */
    Optional<String> droppedAs(Element element) {
        String reason = setAside.get(element);
        return reason == null || reason.equals(HIDDEN) ? Optional.empty() : Optional.of(reason);
    }

    /** Whether {@code element} and its content are never shown to a reader of the page. */
    boolean isHidden(Element element) {
        return INVISIBLE.contains(element.normalName()) || HIDDEN.equals(setAside.get(element));
    }

    /** Whether the table row {@code row} lays out the page (its cells hold tables or whole articles). */
    boolean isLayoutRow(Element row) {
        return layoutRows.contains(row);
    }

    private static final class Counts {
        final Element element;
        final String reason;
        long text;
        int blocks;
        int h1;
        boolean hasMain;
        boolean hasTableOrHeading;
        boolean hasLayoutCell;

        Counts(Element element, String reason) {
            this.element = element;
            this.reason = reason;
        }
    }

    private static final class Traversal implements NodeFilter {
        private final HtmlSurvey survey;
        private final Deque<Counts> open = new ArrayDeque<>();
        private final List<Counts> candidates = new ArrayList<>();
        private int insideArticle;
        private Counts root;

        Traversal(HtmlSurvey survey) {
            this.survey = survey;
        }

        void run(Element body) {
            NodeTraversor.filter(this, body);
            if (root == null) {
                return;
            }
            for (Counts c : candidates) {
                boolean holdsArticle = c.hasMain || (c.h1 > 0 && root.h1 == 1) || c.text * 2 > root.text;
                if (!holdsArticle) {
                    survey.setAside.put(c.element, c.reason);
                }
            }
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (!open.isEmpty()) {
                    open.peek().text += text.getWholeText().length();
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (INVISIBLE.contains(element.normalName())) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isArticle(element)) {
                insideArticle++;
            }
            String reason = isHiddenByAttribute(element) ? HIDDEN : reason(element, insideArticle > 0);
            open.push(new Counts(element, reason));
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element) || open.isEmpty() || open.peek().element != element) {
                return FilterResult.CONTINUE;
            }
            Counts c = open.pop();
            String name = element.normalName();
            if (isArticle(element)) {
                insideArticle--;
            }
            if ((name.equals("td") || name.equals("th")) && (c.hasTableOrHeading || c.blocks > MAX_DATA_CELL_BLOCKS
                    || c.text > MAX_DATA_CELL_TEXT)) {
                c.hasLayoutCell = true;
            }
            if (name.equals("tr") && c.hasLayoutCell) {
                survey.layoutRows.add(element);
            }
            if (c.reason != null) {
                candidates.add(c);
            }
            Counts parent = open.peek();
            if (parent == null) {
                root = c;
                return FilterResult.CONTINUE;
            }
            parent.text += c.text;
            parent.blocks += c.blocks + (BLOCKS.contains(name) ? 1 : 0);
            parent.h1 += c.h1 + (name.equals("h1") ? 1 : 0);
            parent.hasMain |= c.hasMain || name.equals("main") || "main".equals(element.attr("role"));
            parent.hasTableOrHeading |= c.hasTableOrHeading || name.equals("table") || isHeading(name);
            parent.hasLayoutCell |= c.hasLayoutCell && !name.equals("tr") && !name.equals("table");
            return FilterResult.CONTINUE;
        }
    }

    private static boolean isArticle(Element element) {
        String name = element.normalName();
        return name.equals("article") || name.equals("main") || "main".equals(element.attr("role"));
    }

    static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /**
     * Why an element is site furniture, by its class or id (the most specific: "related-posts"), its role, or its
     * tag; null when nothing says so. A header or footer inside the article is the article's own.
     */
    private static String reason(Element element, boolean insideArticle) {
        String name = element.normalName();
        if (name.equals("main") || name.equals("body") || name.equals("html")) {
            return null;
        }
        String byWord = wordReason(element.className());
        if (byWord == null) {
            byWord = wordReason(element.id());
        }
        if (byWord != null) {
            return byWord;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (ROLE_REASONS.containsKey(role)) {
            return ROLE_REASONS.get(role);
        }
        if (!insideArticle && (role.equals("banner") || role.equals("contentinfo"))) {
            return role.equals("banner") ? "site header" : "site footer";
        }
        return switch (name) {
            case "nav" -> "site navigation";
            case "aside" -> "sidebar";
            case "form" -> "a form on the page";
            case "header" -> insideArticle ? null : "site header";
            case "footer" -> insideArticle ? null : "site footer";
            default -> null;
        };
    }

    /** The reason the first furniture word in a class or id names ("site-nav" → nav, "shareButtons" → share). */
    static String wordReason(String attribute) {
        return firstWord(attribute, WORD_REASONS);
    }

    /**
     * The value {@code words} gives the first word of {@code attribute} it knows, words being cut at anything
     * but a letter or digit and where lower case turns upper ("shareButtons"); null when none is known.
     */
    static String firstWord(String attribute, Map<String, String> words) {
        String value = attribute.length() > MAX_ATTRIBUTE_SCANNED ? attribute.substring(0, MAX_ATTRIBUTE_SCANNED)
                : attribute;
        int start = 0;
        for (int i = 1; i <= value.length(); i++) {
            boolean boundary = i == value.length() || !Character.isLetterOrDigit(value.charAt(i))
                    || (Character.isUpperCase(value.charAt(i)) && Character.isLowerCase(value.charAt(i - 1)));
            if (boundary) {
                if (i > start) {
                    String found = words.get(value.substring(start, i).toLowerCase(Locale.ROOT));
                    if (found != null) {
                        return found;
                    }
                }
                start = i < value.length() && !Character.isLetterOrDigit(value.charAt(i)) ? i + 1 : i;
            }
        }
        return null;
    }

    private static boolean isHiddenByAttribute(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = (style.length() > MAX_ATTRIBUTE_SCANNED ? style.substring(0, MAX_ATTRIBUTE_SCANNED) : style)
                .toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
