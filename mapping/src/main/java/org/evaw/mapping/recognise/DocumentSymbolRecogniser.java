package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds symbols of UN documents that are not resolutions, such as reports ({@code A/HRC/35/30},
 * {@code E/CN.6/2019/3}, {@code S/2019/280}), so that they are kept apart from resolutions: a
 * symbol with {@code /RES/} is left to the {@link ResolutionRecogniser}.
 */
public final class DocumentSymbolRecogniser implements Recogniser {
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b[ASE]/(?:[A-Z][A-Za-z0-9.]{0,20}/){0,6}\\d{1,4}(?:/(?:Add\\.|Rev\\.|Corr\\.)?\\d{1,4}){0,6}(?![\\w/])");

    private final IriMinter iris;

    public DocumentSymbolRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        // Every symbol opens with its organ and a slash.
        if (!Triggers.any(text, from, to, "A/", "S/", "E/"))
            return found;
        Matcher m = SYMBOL.matcher(text).region(from, to);
        while (m.find()) {
            String symbol = m.group();
            if (symbol.toUpperCase(java.util.Locale.ROOT).contains("/RES/") || symbol.chars().filter(c -> c == '/').count() < 2)
                continue;
            Entity e = new Entity(EntityType.UN_DOCUMENT, iris.entity("un-document", symbol), symbol, symbol, null, false);
            found.add(new Mention(e, m.start(), m.end(), 1.0));
        }
        return found;
    }
}
