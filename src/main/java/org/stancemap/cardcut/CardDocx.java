package org.stancemap.cardcut;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * A card as a Word document whose styles carry the names Verbatim, the debaters' template, uses, so that the card
 * pasted or inserted into their files takes on their look: the tag paragraph in "Heading 4" (alias "Tag"), the
 * short cite in the character style "Cite", the quotes in "Underline" and their stance words in "Emphasis". The
 * styles are defined here with Verbatim's usual look (bold 13 pt tag and cite, underlined quotes, bold underlined
 * emphasis), which a template's own definitions replace.
 */
public final class CardDocx {
    static final String TAG = "Heading4";
    static final String CITE = "Cite";
    static final String UNDERLINE = "Underline";
    static final String EMPHASIS = "Emphasis";

    private CardDocx() {
    }

    public static void write(CutCard card, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(style(TAG, "heading 4", "Tag", STStyleType.PARAGRAPH, true, false, 26));
            styles.addStyle(style(CITE, "Cite", "Style 13 pt Bold", STStyleType.CHARACTER, true, false, 26));
            styles.addStyle(style(UNDERLINE, "Underline", "Style Underline", STStyleType.CHARACTER, false, true, 0));
            styles.addStyle(style(EMPHASIS, "Emphasis", "", STStyleType.CHARACTER, true, true, 0));
            if (!card.tag().isBlank()) {
                XWPFParagraph tag = doc.createParagraph();
                tag.setStyle(TAG);
                tag.createRun().setText(card.tag().strip());
            }
            runs(doc.createParagraph(), CardStyle.citeLine(card));
            for (CutCard.Paragraph paragraph : card.paragraphs()) {
                runs(doc.createParagraph(), CardStyle.paragraph(paragraph));
            }
            doc.write(out);
        }
    }

    /** Writes the card to {@code file} through a sibling moved over it, so a failure never leaves half a file. */
    public static void writeTo(CutCard card, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                write(card, out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void runs(XWPFParagraph paragraph, List<CardStyle.Run> runs) {
        for (CardStyle.Run run : runs) {
            XWPFRun r = paragraph.createRun();
            r.setText(run.text());
            switch (run.style()) {
                case PLAIN -> { }
                case CITE -> r.setStyle(CITE);
                case UNDERLINE -> r.setStyle(UNDERLINE);
                case EMPHASIS -> r.setStyle(EMPHASIS);
            }
        }
    }

    private static XWPFStyle style(String id, String name, String alias, STStyleType.Enum type, boolean bold,
                                   boolean underline, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(name);
        if (!alias.isEmpty()) {
            style.addNewAliases().setVal(alias);
        }
        style.addNewQFormat();
        if (type == STStyleType.PARAGRAPH) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewPPr().addNewKeepNext();
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        if (underline) {
            run.addNewU().setVal(STUnderline.SINGLE);
        }
        if (halfPoints > 0) {
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        return new XWPFStyle(style);
    }
}
