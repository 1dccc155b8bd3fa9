package org.stancemap.render;

/**
 * The measures of a briefing slide, scaled to one canvas. Lengths are designed for a 1920×1080 slide (the constants)
 * and scale with the canvas (the components); proportions are of the type size they go with and do not scale.
 *
 * @param unit            canvas pixels per pixel of the 1920×1080 design
 * @param width           canvas width
 * @param height          canvas height
 * @param margin          empty border on the left and right, and the title's left edge
 * @param contentWidth    room between the margins
 * @param titleTop        top of the title's first line
 * @param titleSize       largest title size; a long title shrinks towards {@code titleMinSize}, then wraps
 * @param titleMinSize    smallest title size
 * @param subtitleSize    subtitle size
 * @param subtitleGap     space between the title and the subtitle
 * @param headerGap       space between the header (title and subtitle) and the bands
 * @param footerBottom    bottom of the source line's last line
 * @param sourceSize      source line size
 * @param sectionGap      space between the source line, the legend and the end labels
 * @param legendSize      legend size
 * @param endLabelSize    size of the axis end labels
 * @param plotBottomGap   space between the plot and the end labels
 * @param bandLabelSize   band label size
 * @param bandLabelTop    space between a band's top and its label
 * @param bandLabelInset  space a band label leaves across its band
 * @param plotTopGap      space between the band labels and the plot
 * @param minPlotHeight   the plot's height when header and footer leave it less
 * @param bandEdgeWidth   stroke between two bands
 * @param chipNameSize    size of chip names before any shrinking
 * @param axisWidth       stroke of the axis line
 * @param takeawaySize    size of the takeaway line under the title; a long one shrinks to {@code takeawayMinSize}
 * @param takeawayMinSize smallest takeaway size, at which it wraps to a second line
 * @param footnoteSize    size of the band definitions' footnote
 * @param quoteSize       size of a featured quote's text
 * @param quoteCiteSize   size of the name and citation under a featured quote
 * @param quoteGap        space between two featured quotes' boxes
 * @param quotePad        space inside a featured quote's box around its text
 * @param quoteBar        width of the coloured bar at a featured quote's left edge
 * @param leaderWidth     stroke of the line from a featured quote to its chip
 */
record BriefingMetrics(double unit, double width, double height, double margin, double contentWidth, double titleTop,
                       double titleSize, double titleMinSize, double subtitleSize, double subtitleGap, double headerGap,
                       double footerBottom, double sourceSize, double sectionGap, double legendSize,
                       double endLabelSize, double plotBottomGap, double bandLabelSize, double bandLabelTop,
                       double bandLabelInset, double plotTopGap, double minPlotHeight, double bandEdgeWidth,
                       double chipNameSize, double axisWidth, double takeawaySize, double takeawayMinSize,
                       double footnoteSize,
                       double quoteSize, double quoteCiteSize, double quoteGap, double quotePad, double quoteBar,
                       double leaderWidth) {

    /** The canvas the design values are for. */
    static final double DESIGN_WIDTH = 1920;
    static final double DESIGN_HEIGHT = 1080;

    private static final double MARGIN = 48;
    private static final double TITLE_TOP = 36;
    private static final double TITLE_SIZE = 44;
    private static final double TITLE_MIN_SIZE = 32;
    private static final double SUBTITLE_SIZE = 26;
    private static final double SUBTITLE_GAP = 4;
    private static final double HEADER_GAP = 20;
    private static final double FOOTER_BOTTOM = 28;
    private static final double SOURCE_SIZE = 18;
    private static final double SECTION_GAP = 14;
    private static final double LEGEND_SIZE = 20;
    private static final double END_LABEL_SIZE = 18;
    private static final double PLOT_BOTTOM_GAP = 6;
    private static final double BAND_LABEL_SIZE = 20;
    private static final double BAND_LABEL_TOP = 8;
    private static final double BAND_LABEL_INSET = 12;
    private static final double PLOT_TOP_GAP = 12;
    private static final double MIN_PLOT_HEIGHT = 10;
    private static final double CHIP_NAME_SIZE = 24;
    private static final double AXIS_WIDTH = 2;
    private static final double TAKEAWAY_SIZE = 28;
    private static final double TAKEAWAY_MIN_SIZE = 24;
    private static final double FOOTNOTE_SIZE = 18;
    private static final double QUOTE_SIZE = 18;
    private static final double QUOTE_CITE_SIZE = 18;
    private static final double QUOTE_GAP = 24;
    private static final double QUOTE_PAD = 10;
    private static final double QUOTE_BAR = 6;
    private static final double LEADER_WIDTH = 1.5;
    /** Thinnest strokes, in canvas pixels, so that a small canvas keeps visible lines. */
    private static final double MIN_BAND_EDGE_WIDTH = 1;
    private static final double MIN_AXIS_WIDTH = 1.5;

    // Proportions of the type size.
    /** Distance between the baselines of two lines of a text block. */
    static final double LINE_HEIGHT = 1.3;
    /** Distance between the baselines of two lines of a band label. */
    static final double BAND_LINE_HEIGHT = 1.25;
    /** Baseline below the top of a line in a text block or band label. */
    static final double BASELINE = 0.95;
    /** Baseline below the top of a legend row or end label line, which leave a little more room above. */
    static final double LOW_BASELINE = 1.05;

    // Legend, in ems of the legend size.
    static final double LEGEND_ROW_HEIGHT = 1.4;
    static final double LEGEND_TITLE_GAP = 0.8;
    static final double LEGEND_SWATCH = 0.9;
    /** Swatch plus the space before the entry's text. */
    static final double LEGEND_SWATCH_ADVANCE = 1.3;
    /** Room an entry's text leaves in a full row for its swatch. */
    static final double LEGEND_TEXT_INSET = 1.6;
    static final double LEGEND_ENTRY_GAP = 1.2;
    /** How far the swatch's top sits above the baseline, in swatch sizes. */
    static final double LEGEND_SWATCH_RISE = 0.9;
    /** Corner radius, in swatch sizes. */
    static final double LEGEND_SWATCH_RADIUS = 0.2;

    /** Lines of a featured quote on the slide; the rest is on the quote slide and in the notes. */
    static final int QUOTE_LINES = 3;
    /** Lines of the band definitions' footnote; a longer one ends in an ellipsis. */
    static final int FOOTNOTE_LINES = 3;
    /** The smallest type a projected slide should carry, at 1920×1080: chip names shrink no further while room can be found. */
    static final double READABLE_SIZE = 18;

    // Chips, in ems of the chip name size.
    static final double CHIP_HEIGHT = 1.45;
    /** Widest a chip may be; a longer name wraps onto two lines. */
    static final double CHIP_MAX_EMS = 20;
    static final double CHIP_GAP = 0.4;
    static final double CHIP_ROW_GAP = 0.2;
    /** Room between the lowest row and the axis, and below the axis for the position ticks. */
    static final double CHIP_AXIS_GAP = 0.45;
    static final double CHIP_TICK = 0.4;
    /** The colour's shape, left of the name, and its size. */
    static final double CHIP_MARKER_LEFT = 0.3;
    static final double CHIP_MARKER_SIZE = 0.7;
    static final double CHIP_NAME_LEFT = 1.15;
    static final double CHIP_NAME_RIGHT = 0.4;
    /** Baseline below the chip's middle, and between the two lines of a wrapped name. */
    static final double CHIP_NAME_DROP = 0.36;
    static final double CHIP_LINE_HEIGHT = 1.2;
    /** Each step that makes the names smaller multiplies their size by this. */
    static final double CHIP_SHRINK = 0.95;
    /** Names are not made smaller than this, in canvas pixels, however many chips there are. */
    static final double CHIP_MIN_NAME_SIZE = 0.5;
    /** Corner radius, in chip heights. */
    static final double CHIP_RADIUS = 0.2;
    /** How far a high-confidence chip's fill is mixed from its colour towards white; the others are white. */
    static final double CHIP_TINT = 0.7;
    static final double CHIP_OUTLINE = 0.06;
    /** The outline that shows confidence: solid, dashed or dotted. */
    static final double CHIP_CONFIDENCE_OUTLINE = 0.09;
    static final double CHIP_DASH = 0.45;
    static final double CHIP_DASH_GAP = 0.3;
    static final double CHIP_DOT = 0.1;
    static final double CHIP_DOT_GAP = 0.2;
    static final double CHIP_HIGHLIGHT_OUTLINE = 0.15;
    /** Thinnest outlines, in canvas pixels. */
    static final double MIN_OUTLINE = 0.75;
    static final double MIN_HIGHLIGHT_OUTLINE = 1.5;

    /** The measures for a canvas: the design scaled by the smaller of the two ratios to 1920×1080. */
    static BriefingMetrics of(CanvasSize size) {
        double w = size.width();
        double h = size.height();
        double u = Math.min(w / DESIGN_WIDTH, h / DESIGN_HEIGHT);
        double margin = MARGIN * u;
        return new BriefingMetrics(u, w, h, margin, w - 2 * margin, TITLE_TOP * u, TITLE_SIZE * u,
                TITLE_MIN_SIZE * u, SUBTITLE_SIZE * u, SUBTITLE_GAP * u, HEADER_GAP * u, h - FOOTER_BOTTOM * u,
                SOURCE_SIZE * u, SECTION_GAP * u, LEGEND_SIZE * u, END_LABEL_SIZE * u, PLOT_BOTTOM_GAP * u,
                BAND_LABEL_SIZE * u, BAND_LABEL_TOP * u, BAND_LABEL_INSET * u, PLOT_TOP_GAP * u, MIN_PLOT_HEIGHT * u,
                Math.max(MIN_BAND_EDGE_WIDTH, u), CHIP_NAME_SIZE * u, Math.max(MIN_AXIS_WIDTH, AXIS_WIDTH * u),
                TAKEAWAY_SIZE * u, TAKEAWAY_MIN_SIZE * u, FOOTNOTE_SIZE * u, QUOTE_SIZE * u, QUOTE_CITE_SIZE * u, QUOTE_GAP * u,
                QUOTE_PAD * u, QUOTE_BAR * u, Math.max(MIN_BAND_EDGE_WIDTH, LEADER_WIDTH * u));
    }

    /** A chip's marker and pads around its name, at a name size. */
    static double chipPadding(double nameSize) {
        return CHIP_NAME_LEFT * nameSize + CHIP_NAME_RIGHT * nameSize;
    }

    /** Outline of a swatch or an ordinary chip at a type size. */
    static double outline(double size) {
        return Math.max(MIN_OUTLINE, CHIP_OUTLINE * size);
    }
}
