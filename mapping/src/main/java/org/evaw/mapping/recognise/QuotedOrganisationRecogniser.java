package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

/**
 * Finds organisations that text names in quotes and then says what they are, in apposition:
 * "“Les Amazones”, a collective of Malian associations", "\"Mama Cash\", an international women's
 * fund"; or after the bare word for their kind, as registered names are written in Eastern Europe
 * and Central Asia: "the NGO \"Mehrjon\"", "the Public Foundation \"Oasis\"", "l'ONG « Amis
 * d'Afrique »". The quoted words are the name; without the noun a quoted name may be a programme, a
 * title or a slogan, and is left to the other recognisers. A kind that a capitalised word comes
 * before ("the Gates Foundation \"…\"") is a name's last word, not a bare kind. Found by pattern:
 * confidence below reference.
 */
public final class QuotedOrganisationRecogniser implements Recogniser {
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c\u00ab]\\s{0,2}(\\p{Lu}[^\"\u201c\u201d\u00ab\u00bb\\n]{1,100}?)\\s{0,2}[\"\u201d\u00bb]");
    private static final Pattern APPOSITION = Pattern.compile(
            "\\s{0,3}[,(]\\s{0,3}(?:a|an)\\s{1,3}(?:[\\p{L}'\u2019-]{1,25}\\s{1,3}){0,3}"
                    + "(?:collective|association|network|coalition|NGO|non-governmental\\s{1,3}organi[sz]ation|organi[sz]ation|"
                    + "foundation|cooperative|co-operative|federation|union|alliance|fund|charity|movement)\\b");

    /**
     * The bare word for an organisation's kind, right before the opening quote: a "Public" or
     * "International" association or foundation as registered names have it, or an NGO.
     */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:International|Charitable|Public|Local|Women's|Women\u2019s)\\s{1,2}){0,2}"
                    + "(?:NGO|ONG|(?:Public|Charitable)\\s{1,2}(?:Association|Foundation|Fund|Organi[sz]ation|Union)"
                    + "|(?i:non-governmental\\s{1,3}organi[sz]ation|organisation\\s{1,3}non\\s{1,3}gouvernementale|association|foundation"
                    + "|fondation|fundaci\u00f3n|funda\u00e7\u00e3o|asociaci\u00f3n|associa\u00e7\u00e3o))\\s{1,2}$");
    /** A capitalised word and a space, which would make the kind the last word of a longer name. */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.&-]*\\s{1,2}$");
    /** A programme's head right after the closing quote: "the Foundation's “…” project" names the project. */
    private static final Pattern PROGRAMME_AFTER = Pattern.compile(OwnQuotedNames.PROGRAMME_HEAD_AFTER);
    /** A capitalised article before the kind ("The NGO …", "La Fundación …"), which is no name's word. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:^|[\\s(])(?:The|La|Le|El|A|O|L')\\s{0,2}$");
    private static final int KIND_LOOK_BEHIND = 60;

    private final IriMinter iris;

    public QuotedOrganisationRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(text).region(from, to);
        while (m.find()) {
            if (!APPOSITION.matcher(text).region(m.end(), Math.min(to, m.end() + 80)).lookingAt() && !afterBareKind(text, from, to, m))
                continue;
            String label = m.group(1).strip().replaceAll("\\s+", " ");
            Entity e = Entity.foundByPattern(EntityType.PARTNER, label, iris);
            found.add(new Mention(e, m.start(1), m.start(1) + m.group(1).strip().length(), OrganisationPatternRecogniser.CONFIDENCE));
        }
        return found;
    }

    /** Whether the quote follows the bare word for an organisation's kind and no programme's head follows it. */
    private static boolean afterBareKind(String text, int from, int to, Matcher quote) {
        Matcher kind = KIND_BEFORE.matcher(text).region(Math.max(from, quote.start() - KIND_LOOK_BEHIND), quote.start());
        if (!kind.find())
            return false;
        int kindStart = kind.start();
        if (CAPITALISED_BEFORE.matcher(text).region(Math.max(from, kindStart - 40), kindStart).find()
                && !sentenceStartOrArticle(text, from, kindStart))
            return false;
        return !PROGRAMME_AFTER.matcher(text).region(quote.end(), Math.min(to, quote.end() + 20)).lookingAt();
    }

    /** Whether the capitalised word before the kind is an article ("The NGO …") or begins the text. */
    private static boolean sentenceStartOrArticle(String text, int from, int at) {
        return ARTICLE_BEFORE.matcher(text).region(Math.max(from, at - 6), at).find();
    }
}
