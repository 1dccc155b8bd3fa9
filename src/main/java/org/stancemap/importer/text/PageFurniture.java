package org.stancemap.importer.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells, from its words alone, a line that is part of the page around an article rather than the article: a
 * menu, share buttons, a photo credit, a cookie notice, a copyright line. Each answer is the reason a user is
 * shown ("photo credit", "site navigation").
 *
 * <p>Every rule looks at short lines only and at fixed phrases, so a sentence of an article is never taken for
 * furniture because it mentions a menu or a photographer, and the cost per line is bounded.
 */
final class PageFurniture {

    static final String NAVIGATION = "site navigation";
    static final String SHARE = "share buttons";
    static final String CREDIT = "photo credit";
    static final String CAPTION = "photo caption";
    static final String COOKIES = "cookie notice";

    /** Furniture is short; a longer line is prose, whatever words it uses. */
    private static final int MAX_LENGTH = 300;
    private static final int MAX_CREDIT_LENGTH = 250;
    private static final int MAX_COOKIE_NOTICE_LENGTH = 600;

    private static final Map<String, String> WHOLE_LINES = phrases(Map.of(
            NAVIGATION, List.of("skip to content", "skip to main content", "skip to navigation",
                    "skip to main navigation", "skip to footer", "jump to navigation", "jump to content", "menu",
                    "main menu", "open menu", "close menu", "toggle navigation", "toggle menu", "navigation",
                    "search", "search this site", "open search", "close search", "back to top", "go to top",
                    "top of page", "you are here"),
            SHARE, List.of("share", "share this", "share this article", "share this page", "share this story",
                    "share this post", "share on facebook", "share on twitter", "share on x", "share on linkedin",
                    "share via email", "share by email", "share article", "tweet", "tweet this", "email this",
                    "copy link", "print this page", "print article"),
            "newsletter sign-up", List.of("subscribe", "subscribe now", "subscribe to our newsletter", "sign up",
                    "sign up now", "sign up for our newsletter", "newsletter", "get our newsletter",
                    "join our mailing list", "enter your email", "enter your email address", "your email address"),
            "advertisement", List.of("advertisement", "advertising", "sponsored", "sponsored content", "ad",
                    "paid content"),
            "related links", List.of("related", "related articles", "related content", "related posts",
                    "related stories", "related reading", "related research", "related experts", "read more",
                    "read next", "more on this topic", "recommended", "recommended for you", "you may also like",
                    "see also"),
            "comments", List.of("comments", "leave a comment", "show comments", "view comments", "add a comment",
                    "post a comment", "leave a reply", "join the conversation"),
            "site banner", List.of("breaking news", "listen to this article", "listen to article"),
            COOKIES, List.of("accept all cookies", "accept cookies", "reject all cookies", "cookie settings",
                    "cookie preferences", "manage cookies")));

    /** Words that are a menu item when they stand in a run of such lines, and a word of prose otherwise. */
    private static final Map<String, String> MENU_WORDS = phrases(Map.of(
            NAVIGATION, List.of("home", "about", "about us", "contact", "contact us", "research", "experts",
                    "our experts", "events", "news", "publications", "topics", "regions", "programs", "programmes",
                    "projects", "analysis", "commentary", "opinion", "blog", "podcasts", "podcast", "videos", "video",
                    "multimedia", "media", "press", "press room", "newsroom", "careers", "jobs", "donate",
                    "support us", "login", "log in", "sign in", "register", "my account", "privacy",
                    "privacy policy", "terms", "terms of use", "terms of service", "terms and conditions",
                    "accessibility", "sitemap", "site map", "faq", "help", "rss", "follow us", "people", "staff",
                    "team", "who we are", "what we do", "issues", "featured", "latest", "trending", "more"),
            SHARE, List.of("facebook", "twitter", "x", "linkedin", "email", "e-mail", "whatsapp", "reddit",
                    "telegram", "bluesky", "threads", "mastodon", "pinterest", "youtube", "instagram", "tiktok",
                    "flipboard", "pocket", "print", "copy link", "share")));

    private static final Map<String, String> PREFIXES = phrases(Map.of(
            CREDIT, List.of("photo:", "photo by ", "photos:", "photos by ", "photo credit", "photograph:",
                    "photograph by ", "photography:", "photography by ", "image:", "image credit", "image by ",
                    "image source", "image courtesy", "images:", "photo courtesy", "picture:", "credit:",
                    "credits:", "illustration:", "illustration by ", "top photo", "top image", "featured image",
                    "header image", "cover image", "cover photo", "lead image", "main image"),
            CAPTION, List.of("caption:", "pictured:"),
            "related links", List.of("read more:", "read more »", "read more about ", "related:",
                    "related article:", "related articles:", "related reading:", "related content:", "see also:",
                    "also read:", "read also:", "recommended:", "recommended reading:"),
            "site banner", List.of("this article is more than ", "this article was published more than ",
                    "this article is over ", "estimated reading time", "reading time:", "breaking news:",
                    "support our ", "support independent ", "become a member", "donate now"),
            "copyright notice", List.of("©", "copyright ©", "copyright (c)", "copyright 19", "copyright 20",
                    "(c) 19", "(c) 20")));

    /** The prefixes by their first character, so that a line is compared with the few that could match. */
    private static final Map<Character, List<Map.Entry<String, String>>> PREFIXES_BY_START = PREFIXES.entrySet()
            .stream().collect(Collectors.groupingBy(e -> e.getKey().charAt(0)));

    /** A credit after a caption's sentence: "Talks in Geneva, May 2021. Photo: AP". */
    private static final List<String> CREDIT_AFTER_CAPTION = List.of(". photo:", ". photo by ", ". photos:",
            ". photograph:", ". photograph by ", ". image:", ". image credit", ". credit:", ". photo credit",
            " | photo:", " | credit:", "(photo:", "(photo by ", "(credit:", "(image:");

    private static final List<String> CREDIT_MARKERS = List.of("getty images", "shutterstock", "ap photo",
            "wikimedia commons", "creative commons", "cc by", "cc-by", "unsplash", "alamy", "istockphoto",
            "istock", "via getty");
    private static final List<String> AGENCIES = List.of("afp", "reuters", "epa", "tass", "sputnik", "xinhua",
            "ap", "getty", "ria novosti", "kremlin.ru");
    private static final List<String> COOKIE_WORDS = List.of("we use", "uses cookies", "use cookies",
            "use of cookies", "accept", "consent", "by continuing", "cookie policy", "cookie settings",
            "privacy policy", "browsing experience", "you agree");
    private static final Set<String> COOKIE_BUTTONS = Set.of("accept", "accept all", "reject", "reject all", "ok",
            "got it", "i agree", "agree", "allow all", "allow", "deny", "decline", "manage preferences",
            "manage cookies", "cookie settings", "settings", "customize", "customise", "close", "learn more",
            "more info", "privacy policy");
    private static final List<String> CRUMB_SEPARATORS = List.of(" > ", " / ", " » ", " › ", " → ");
    private static final String LIST_SEPARATORS = "|·•";

    private PageFurniture() {
    }

    /** Why the line {@code text} is furniture wherever it stands, or empty when it may be the article's. */
    static Optional<String> reasonFor(String text) {
        boolean cookieSized = text.length() <= MAX_COOKIE_NOTICE_LENGTH && mentionsCookies(text);
        if (text.length() > MAX_LENGTH && !cookieSized) {
            return Optional.empty();
        }
        // the guard reads the line's citation, so it is asked only of the few lines a rule matched
        return furnitureReason(text, normal(text), cookieSized).filter(reason -> !isCitedOrQuoted(text));
    }

    private static Optional<String> furnitureReason(String text, String line, boolean cookieSized) {
        if (cookieSized && containsAny(line, COOKIE_WORDS)) {
            return Optional.of(COOKIES);
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String whole = WHOLE_LINES.get(line);
        if (whole != null) {
            return Optional.of(whole);
        }
        if (text.length() <= MAX_CREDIT_LENGTH) {
            Optional<String> credit = normalCredit(text, line);
            if (credit.isPresent()) {
                return credit;
            }
        }
        Optional<String> prefixed = prefixReason(line, null);
        if (prefixed.isPresent()) {
            return prefixed;
        }
        if (line.contains("all rights reserved")) {
            return Optional.of("copyright notice");
        }
        if (isReadingTime(line)) {
            return Optional.of("reading time");
        }
        if (line.startsWith("home") && CRUMB_SEPARATORS.stream().anyMatch(s -> line.startsWith(s, 4))) {
            return Optional.of("breadcrumb trail");
        }
        return menuOnOneLine(line);
    }

    /** Why a caption or a line is a photo's credit ("Photo: AP", "… /Getty Images"), or empty. */
    static Optional<String> credit(String text) {
        if (text.length() > MAX_CREDIT_LENGTH) {
            return Optional.empty();
        }
        return normalCredit(text, normal(text)).filter(reason -> !isCitedOrQuoted(text));
    }

    /**
     * Explicit credit syntax ("Photo: …", "(Photo: AP)", "… 2021. Photo by …") always reads as a credit; an
     * agency's name ("Getty Images", "REUTERS/Jane Doe") only on a line that does not read as an expert header with
     * a role, since an expert may well work for Getty Images or Reuters.
     */
    private static Optional<String> normalCredit(String text, String line) {
        if (prefixReason(line, CREDIT).isPresent() || containsAny(line, CREDIT_AFTER_CAPTION)) {
            return Optional.of(CREDIT);
        }
        boolean bracketed = (line.startsWith("(") && line.endsWith(")"))
                || (line.startsWith("[") && line.endsWith("]"));
        if (bracketed && (line.contains("photo") || line.contains("image") || line.contains("credit")
                || hasAnyWord(line, AGENCIES, 1))) {
            return Optional.of(CREDIT);
        }
        boolean namesAgency = hasAnyWord(line, CREDIT_MARKERS, 0);
        if (!namesAgency && line.indexOf('/') >= 0 && !line.contains("://")) {
            for (int slash = line.indexOf('/'); slash >= 0 && !namesAgency; slash = line.indexOf('/', slash + 1)) {
                namesAgency = namesAgency(line, slash);
            }
        }
        return namesAgency && !readsAsExpertWithRole(text) ? Optional.of(CREDIT) : Optional.empty();
    }

    private static boolean readsAsExpertWithRole(String text) {
        return ExpertHeader.read(text).filter(people -> people.stream().anyMatch(p -> !p.role().isEmpty()))
                .isPresent();
    }

    /** The reason of the phrase {@code line} starts with and goes on after, of the reason {@code only} if given. */
    private static Optional<String> prefixReason(String line, String only) {
        List<Map.Entry<String, String>> candidates = line.isEmpty() ? null : PREFIXES_BY_START.get(line.charAt(0));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> prefix : candidates) {
            boolean wanted = only == null || only.equals(prefix.getValue());
            if (wanted && line.startsWith(prefix.getKey()) && line.length() > prefix.getKey().length()) {
                return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean mentionsCookies(String text) {
        return text.indexOf("ookie") > 0 || text.indexOf("OOKIE") > 0;
    }

    /** "REUTERS/Jane Doe", "Jane Doe / AFP": an agency's name on either side of the slash at {@code slash}. */
    private static boolean namesAgency(String line, int slash) {
        int after = slash + 1 < line.length() && line.charAt(slash + 1) == ' ' ? slash + 2 : slash + 1;
        int before = slash > 0 && line.charAt(slash - 1) == ' ' ? slash - 1 : slash;
        for (String agency : AGENCIES) {
            int start = before - agency.length();
            if (line.startsWith(agency, after) && endsWord(line, after + agency.length())
                    || start >= 0 && line.startsWith(agency, start)
                    && (start == 0 || !Character.isLetter(line.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The reason a menu item or share button ("Research", "LinkedIn") would be dropped for in a run of them. */
    static Optional<String> menuWord(String text) {
        return text.length() > 40 ? Optional.empty() : Optional.ofNullable(MENU_WORDS.get(normal(text)));
    }

    /** A cookie banner's button ("Accept all", "Got it"), furniture only right after a cookie notice. */
    static boolean isCookieButton(String text) {
        return text.length() <= 40 && COOKIE_BUTTONS.contains(normal(text));
    }

    /**
     * "Home | Research | Experts", "Facebook · X · LinkedIn", "THE REVIEW | Subscribe | Sign in": three or more
     * short items, at least two and at least half of them menu words or furniture phrases.
     */
    private static Optional<String> menuOnOneLine(String line) {
        if (line.indexOf('|') < 0 && line.indexOf('·') < 0 && line.indexOf('•') < 0) {
            return Optional.empty();
        }
        int items = 0;
        int furniture = 0;
        int share = 0;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i < line.length() && LIST_SEPARATORS.indexOf(line.charAt(i)) < 0) {
                continue;
            }
            String item = Paragraphs.trim(line.substring(start, i));
            start = i + 1;
            if (item.length() > 40) {
                return Optional.empty();
            }
            if (!item.isEmpty()) {
                items++;
                String reason = MENU_WORDS.getOrDefault(item, WHOLE_LINES.get(item));
                furniture += reason != null ? 1 : 0;
                share += SHARE.equals(reason) ? 1 : 0;
            }
        }
        if (items < 3 || furniture < 2 || furniture * 2 < items) {
            return Optional.empty();
        }
        return Optional.of(share * 2 > furniture ? SHARE : NAVIGATION);
    }

    private static boolean isReadingTime(String line) {
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return false;
        }
        String rest = Paragraphs.trim(line.substring(digits));
        return rest.equals("min read") || rest.equals("mins read") || rest.equals("minute read")
                || rest.equals("minutes read") || rest.equals("min. read");
    }

    /**
     * A line ending with a citation is a quote, and one holding quotation marks is someone's words: neither is
     * ever furniture, whatever it mentions.
     */
    private static boolean isCitedOrQuoted(String text) {
        if (text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('"') >= 0 || text.indexOf('«') >= 0) {
            return true;
        }
        return (text.endsWith(")") || text.endsWith(").")) && TrailingCitation.read(text).isPresent();
    }

    /** Lower case, single-spaced, without the bullets, arrows and closing punctuation menus wrap words in. */
    static String normal(String text) {
        String line = (isSingleSpaced(text) ? text : Paragraphs.singleSpaced(text)).toLowerCase(Locale.ROOT);
        int start = 0;
        int end = line.length();
        while (start < end && "•·›»→>*-–—▸► ".indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ":.…»›→>!|▸► ".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean containsAny(String line, List<String> phrases) {
        for (String phrase : phrases) {
            if (line.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnyWord(String line, List<String> words, int from) {
        for (String word : words) {
            if (hasWord(line, word, from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} has no blank at either end and no blank but single spaces inside: most lines. */
    private static boolean isSingleSpaced(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Paragraphs.isBlank(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' || text.isEmpty();
    }

    /** Whether {@code word} occurs in {@code line} with no letter right before or after it. */
    private static boolean hasWord(String line, String word, int from) {
        for (int at = line.indexOf(word, from); at >= 0; at = line.indexOf(word, at + 1)) {
            boolean starts = at == 0 || !Character.isLetter(line.charAt(at - 1));
            if (starts && endsWord(line, at + word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWord(String line, int at) {
        return at >= line.length() || !Character.isLetter(line.charAt(at));
    }

    /** Each phrase mapped to the reason it is listed under. */
    private static Map<String, String> phrases(Map<String, List<String>> byReason) {
        Map<String, String> map = new HashMap<>();
        byReason.forEach((reason, list) -> list.forEach(phrase -> map.put(phrase, reason)));
        return Map.copyOf(map);
    }
}
