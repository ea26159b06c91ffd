package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds companies named by a trade word at the end of their name ({@code words/company-heads.txt}):
 * "Bond Advertising", "Acme Holdings", "Kenya Airways". One to three capitalised words before the
 * trade word, the first not a sentence's opening word (it follows a lowercase word, a comma or a
 * bracket). Found by pattern: confidence below reference, kept only where no other name is.
 */
public final class CompanyHeadRecogniser implements Recogniser {
    private static final Pattern NAME = Pattern.compile(
            "(?<=(?:\\p{Ll}|,|\\()\\s{1,3})((?:\\p{Lu}[\\p{L}&'\u2019-]*\\s){1,3}(?:" + WordList.alternation("company-heads") + "))\\b");

    private final IriMinter iris;

    public CompanyHeadRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = NAME.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String label = m.group(1).replaceAll("\\s+", " ");
            if (label.startsWith("The "))
                continue;
            Entity e = new Entity(EntityType.PARTNER, iris.entity("partner", label), label, null, null, false);
            found.add(new Mention(e, m.start(1), m.end(1), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }
}
