package org.evaw.mapping.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Token;
import org.evaw.ontology.ConceptSchemes;

/**
 * Classifies an activity by the labels of the two concept schemes: every English, French and
 * Spanish {@code skos:prefLabel} and {@code skos:altLabel} of a concept is a word that states it.
 * Each scheme is matched on its own, longest label first (so "conflict-related sexual violence" is
 * that concept and not also sexual violence); acronyms match as written, other labels whatever
 * their case. Names of organisations, bodies and cited instruments are masked first, and the
 * phrases that name who pays for the activity are masked for the kinds of intervention
 * ({@link UncountedWords}). The top concept is also found by its commonest paraphrase, which no
 * label holds ({@link TopConceptParaphrase}). Nothing is inferred: a concept is found only where
 * words state it, and a narrower concept does not add its broader ones.
 */
public final class LabelClassifier implements Classifier {
    /** The languages whose labels are matched: those of the inventory's pages, and Portuguese (pages from Brazil and Mozambique). */
    private static final Set<String> LANGUAGES = Set.of("", "en", "fr", "es", "pt");
    /** A paragraph repeating a word a million times states its concept once: its mentions stop here. */
    static final int MAX_MENTIONS_PER_CONCEPT = 16;
    /** How sure a match is: a preferred label names its concept; a one-word signal word may be used loosely. */
    static final double PREFERRED = 0.95, ALTERNATIVE = 0.85, ONE_WORD = 0.7;

    private final ConceptDictionary forms = new ConceptDictionary();
    private final ConceptDictionary interventions = new ConceptDictionary();
    private final Map<String, Entity> concepts = new HashMap<>();
    private final Entity topConcept;

    private LabelClassifier(Model schemes) {
        load(schemes, ConceptSchemes.FormsOfViolence, EntityType.FORM_OF_VIOLENCE, forms);
        load(schemes, ConceptSchemes.Interventions, EntityType.INTERVENTION, interventions);
        topConcept = concepts.get(ConceptSchemes.ViolenceAgainstWomenAndGirls.getURI());
    }

    /** A classifier of the concepts of the two schemes in {@code schemes} ({@code OntologyFiles.conceptSchemes()}). */
    public static LabelClassifier of(Model schemes) {
        return new LabelClassifier(schemes);
    }

    private void load(Model schemes, Resource scheme, EntityType type, ConceptDictionary dictionary) {
        List<Resource> members = schemes.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
        List<Entity> entities = new ArrayList<>();
        for (Resource r : members) {
            String label = englishLabel(r);
            if (label == null)
                continue;
            Entity e = new Entity(type, r.getURI(), label, notation(r), null, true);
            concepts.put(e.iri(), e);
            entities.add(e);
        }
        // Preferred labels first: a label shared by mistake stays with the concept it is preferred for.
        for (Entity e : entities)
            labels(schemes.getResource(e.iri()), SKOS.prefLabel).forEach(l -> dictionary.add(l, e, PREFERRED));
        for (Entity e : entities) {
            for (String l : labels(schemes.getResource(e.iri()), SKOS.altLabel)) {
                boolean oneWord = Token.tokenise(l, 0, l.length()).size() == 1 && !ConceptDictionary.isAcronymLike(l);
                dictionary.add(l, e, oneWord ? ONE_WORD : ALTERNATIVE);
            }
        }
    }

    /** How many concepts the two schemes hold. */
    public int size() { return concepts.size(); }

    @Override
    public List<Mention> classify(String text, int from, int to, List<Mention> names) {
        List<Token> tokens = Token.tokenise(text, from, to);
        if (tokens.isEmpty())
            return List.of();
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++)
            keys[i] = tokens.get(i).key();
        boolean[] inNames = UncountedWords.inNames(text, to, tokens, names);
        boolean[] noKind = UncountedWords.inPhrasesOfNoKind(text, from, to, tokens, keys, inNames);
        List<Mention> found = new ArrayList<>();
        List<Mention> labelled = forms.find(tokens, keys, inNames);
        capped(labelled, found);
        if (topConcept != null)
            capped(TopConceptParaphrase.find(tokens, keys, inNames, labelled, topConcept), found);
        capped(interventions.find(tokens, keys, noKind), found);
        found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return found;
    }

    private static void capped(List<Mention> mentions, List<Mention> into) {
        Map<String, Integer> seen = new HashMap<>();
        for (Mention m : mentions) {
            if (seen.merge(m.entity().iri(), 1, Integer::sum) <= MAX_MENTIONS_PER_CONCEPT)
                into.add(m);
        }
    }

    private static List<String> labels(Resource concept, Property p) {
        List<String> labels = new ArrayList<>();
        for (Statement s : concept.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && LANGUAGES.contains(language(s.getLiteral())))
                labels.add(s.getString());
        }
        labels.sort(null);
        return labels;
    }

    private static String language(Literal l) {
        String lang = l.getLanguage().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang.substring(0, dash);
    }

    private static String englishLabel(Resource concept) {
        for (Statement s : concept.listProperties(SKOS.prefLabel).toList()) {
            if (s.getObject().isLiteral() && language(s.getLiteral()).equals("en"))
                return s.getString();
        }
        return null;
    }

    private static String notation(Resource concept) {
        String scheme = concept.getURI().substring(0, concept.getURI().lastIndexOf('/'));
        for (Statement s : concept.listProperties(SKOS.notation).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral() && (scheme + "#code").equals(o.asLiteral().getDatatypeURI()))
                return o.asLiteral().getLexicalForm();
        }
        return null;
    }
}
