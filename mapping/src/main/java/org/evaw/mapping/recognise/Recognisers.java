package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.evaw.mapping.iri.IriMinter;

/**
 * All recognisers together, with the rule that settles overlaps: reference-data matches first;
 * resolution patterns next (a body's name inside a resolution's reference gives way to it); then
 * numbered instruments ("CEDAW General Recommendation No. 35" takes the place of the names inside
 * it); an organisation or programme found by pattern is kept only where it overlaps no named body,
 * programme, instrument or resolution (it may contain a place, as in "Ministry of Justice of
 * Somaliland"; a name defined by an acronym in brackets may hold one only inside it, "… de
 * Colombia–Ejército del Pueblo (FARC-EP)", and no term such as "gender-based violence (GBV)"
 * unless its head follows the bracket); a name before a lowercase head noun ("the Sawa project")
 * or after "launched the" only where no other name is, and what was launched is a programme; a
 * name with no head noun in a list beside two named organisations only where no other name is
 * ({@link ListPeers}); last, a name found by a learnt recogniser (if one is given) only where
 * no rule found any name, so that it never overrides reference data, a resolution or a pattern.
 * Terms themselves are not reported.
 */
public final class Recognisers {
    /**
     * The highest confidence a learnt recogniser gives, below every rule's (the patterns' is 0.6): a
     * mention at or below it is a learnt name ({@link #isLearnt}).
     */
    public static final double LEARNT_MAX_CONFIDENCE = 0.5;
    private final Gazetteer gazetteer;
    private final ResolutionRecogniser resolutions;
    private final InstrumentRecogniser instruments;
    private final QuotedProgrammeRecogniser quotedProgrammes;
    private final LowercaseHeadProgrammeRecogniser lowercaseHeads;
    private final Recogniser appositives;
    private final Recogniser quotedServices;
    private final Recogniser numberedHotlines;
    private final Recogniser donorCooperations;
    private final Recogniser areasOfResponsibility;
    private final Recogniser clusterLists;
    private final Recogniser sixteenDays;
    private final Recogniser programmesOnTitles;
    private final Recogniser jointOwnersGroups;
    private final LaunchedNameRecogniser launched;
    private final HashtagCampaignRecogniser hashtags;
    private final QuotedOrganisationRecogniser quotedOrganisations;
    private final List<Recogniser> patterns;
    private final ListedOrganisationRecogniser listed;
    private final CompanyListRecogniser companies;
    private final PartnershipCueRecogniser cued;
    private final OrganisationKindRecogniser kinds;
    private final UnSystemPlanRecogniser unPlans;
    private final IriMinter iris;
    private final AcronymNameRecogniser acronymNames;
    private final DocumentSymbolRecogniser documents;
    private final Map<String, Entity> countries = new HashMap<>();
    private final Map<String, List<String>> names;
    private final Recogniser learnt;
    /** The reference data's entities by IRI: a learnt name minted to one of their IRIs is that entity. */
    private final Map<String, Entity> known;

    /** The rules alone: reference data and patterns. */
    public Recognisers(Model reference, IriMinter iris) {
        this(reference, iris, null);
    }

    /**
     * The rules and, if {@code learnt} is not null, a learnt recogniser whose names are kept where
     * no rule found one.
     */
    public Recognisers(Model reference, IriMinter iris, Recogniser learnt) {
        this.learnt = learnt;
        this.gazetteer = GazetteerLoader.from(reference);
        Map<String, Entity> known = GazetteerLoader.entities(reference);
        this.known = known;
        this.resolutions = new ResolutionRecogniser(iris);
        this.instruments = new InstrumentRecogniser(iris, known);
        this.quotedProgrammes = new QuotedProgrammeRecogniser(iris);
        this.lowercaseHeads = new LowercaseHeadProgrammeRecogniser(iris);
        this.appositives = PatternNameRules.appositiveProgrammes(iris);
        this.quotedServices = PatternNameRules.quotedServices(iris);
        this.numberedHotlines = PatternNameRules.numberedHotlines(iris);
        this.donorCooperations = PatternNameRules.donorCooperations(iris);
        this.areasOfResponsibility = PatternNameRules.areasOfResponsibility(iris);
        this.clusterLists = new ClusterListRecogniser(iris);
        this.sixteenDays = new SixteenDaysRecogniser(iris);
        this.programmesOnTitles = PatternNameRules.programmesOnTitles(iris);
        this.jointOwnersGroups = PatternNameRules.jointOwnersGroups(iris);
        this.launched = new LaunchedNameRecogniser(iris);
        this.hashtags = new HashtagCampaignRecogniser(iris);
        this.quotedOrganisations = new QuotedOrganisationRecogniser(iris);
        this.patterns = List.of(OrganisationPatternRecogniser.programmes(iris), new OrganisationPatternRecogniser(iris),
                new HeadFirstNameRecogniser(iris), new RomanceMinistryLists(iris), PatternNameRules.cityAuthorities(iris),
                PatternNameRules.numberedGroups(iris), PatternNameRules.bareParliament(iris), PatternNameRules.bareJudiciary(iris),
                PatternNameRules.bareSenate(iris), PatternNameRules.bareFiscalia(iris), PatternNameRules.bareHighCourt(iris),
                PatternNameRules.companyHeads(iris), PatternNameRules.romanceGovernments(iris));
        this.listed = new ListedOrganisationRecogniser(iris);
        this.companies = new CompanyListRecogniser(iris);
        this.cued = new PartnershipCueRecogniser(iris);
        this.kinds = new OrganisationKindRecogniser(iris);
        this.unPlans = new UnSystemPlanRecogniser(iris);
        this.iris = iris;
        this.acronymNames = new AcronymNameRecogniser(iris);
        this.documents = new DocumentSymbolRecogniser(iris);
        known.values().stream().filter(e -> e.type() == EntityType.COUNTRY).forEach(e -> countries.put(e.iri(), e));
        this.names = GazetteerLoader.names(reference);
    }

    /** The names the reference data gives an entity, in any language; none for an entity found by pattern. */
    public List<String> namesOf(Entity entity) {
        return names.getOrDefault(entity.iri(), List.of());
    }

    /** The country an entity lies in: a country itself, or the country of a place. */
    public Optional<Entity> countryOf(Entity entity) {
        return Optional.ofNullable(entity.broader()).map(countries::get)
                .filter(c -> entity.type() == EntityType.COUNTRY || entity.type() == EntityType.PLACE);
    }

    /** Every mention in {@code text[from, to)}, sorted by start, without conflicting overlaps. */
    public List<Mention> find(String text, int from, int to) {
        List<Mention> reference = new ArrayList<>(gazetteer.find(text, from, to));
        // "PSI": an acronym two organisations bear names the one whose full name the document gives.
        reference.replaceAll(r -> SharedAcronyms.resolved(text, r, gazetteer, names));
        // "the Ente Costarricense de Acreditación (ECA)": an acronym the text defines for a name of its own is that name's.
        reference.removeIf(r -> (r.entity().type() == EntityType.AGENCY || r.entity().type() == EntityType.PARTNER)
                && DefinedAcronyms.definedForAnotherName(text, r, names));
        // "US$1 million", "US dollars": the country's name is its currency's, no country of the work;
        // "the Lake Chad Basin", "the Gulf of Guinea": a feature's name, no country of the work.
        // "the Niger Delta": a feature named after a country lies in another; "Lake Victoria": a lake's name, no city of the work.
        // A city before "Valley" or "Delta" ("the Kathmandu Valley") names a feature of its own country, and stays.
        // "Middle Juba", "Lower Shabelle": a region named after a river, not the city of the same name.
        reference.removeIf(r -> r.entity().type() == EntityType.COUNTRY && CurrencyNames.isCurrency(text, r.end())
                || r.entity().type() == EntityType.COUNTRY && NaturalFeatureNames.isFeature(text, r.start(), r.end())
                || r.entity().type() == EntityType.PLACE && NaturalFeatureNames.isFeature(text, r.start())
                || r.entity().type() == EntityType.PLACE && RiverRegionNames.isRegion(text, r.start())
                // "para el VIH y el Sida": AIDS in a Romance language, not Sweden's agency (words/romance-homographs.txt).
                || RomanceHomographs.isWord(text, r));
        reference.addAll(countriesInsideNames(text, reference));
        // "the European Union Police Mission": a known organisation's mission is a body of its own, not the organisation.
        OrganisationMissions.extend(text, to, reference, iris);
        // "Oxfam Novib", "Caritas Bo": a known short name and one word more name another organisation of the family.
        KnownNameMembers.extend(text, to, reference, iris);
        // "Save the Children UK": a known partner and a country name the family's member organisation there.
        CountryMemberNames.extend(text, to, reference, iris);
        // "the Jamaica Spotlight Programme": a country's name before a known programme's names the country's programme.
        CountryProgrammes.extend(text, reference, iris);
        // "the Generation Equality Action Coalition on …": a known programme's branch is a programme of its own.
        ProgrammeBranches.extend(text, to, reference, iris);
        // "the 16 Days of Activism against violence against women and girls": the text's own complement is the name's.
        ProgrammeComplements.extend(text, to, reference);
        List<Mention> kept = new ArrayList<>(reference);
        List<Mention> resolutionMentions = resolutions.find(text, from, to);
        if (!resolutionMentions.isEmpty()) {
            // A resolution's span may hold a body's name ("General Assembly resolution 48/104"): the resolution wins.
            // An instrument named in a resolution's title stays a mention of its own.
            Spans resolutionSpans = new Spans(resolutionMentions);
            kept.removeIf(k -> k.entity().type() == EntityType.BODY && resolutionSpans.overlap(k));
            kept.addAll(resolutionMentions);
        }
        List<Mention> instrumentMentions = instruments.find(text, from, to);
        if (!instrumentMentions.isEmpty()) {
            Spans before = new Spans(kept);
            List<Mention> accepted = new ArrayList<>();
            for (Mention m : instrumentMentions) {
                // Kept unless a name runs across its edges: the names inside it give way to it.
                if (!before.overlap(m.start(), m.start()) && !before.overlap(m.end(), m.end()))
                    accepted.add(m);
            }
            Spans acceptedSpans = new Spans(accepted);
            kept.removeIf(k -> k.entity().type().isNamedBody() && acceptedSpans.overlap(k));
            kept.addAll(accepted);
        }
        Spans all = new Spans(kept);
        for (Mention m : documents.find(text, from, to)) {
            if (!all.overlap(m))
                kept.add(m);
        }
        List<Mention> named = kept.stream().filter(k -> k.entity().type().isNamedBody()
                || k.entity().type() == EntityType.RESOLUTION).toList();
        Spans namedSpans = new Spans(named);
        List<Mention> quoted = new ArrayList<>();
        // "“Les Amazones”, a collective of …": a quoted name the text says is an organisation, before any programme reading.
        for (Mention m : quotedOrganisations.find(text, from, to)) {
            if (!namedSpans.overlap(m))
                quoted.add(m);
        }
        Spans quotedOrganisationSpans = new Spans(quoted);
        java.util.TreeMap<Integer, Mention> namedStarts = new java.util.TreeMap<>();
        named.forEach(n -> namedStarts.putIfAbsent(n.start(), n));
        for (Mention m : quotedProgrammes.find(text, from, to)) {
            if (quotedOrganisationSpans.overlap(m))
                continue;
            if (!namedSpans.overlap(m)) {
                quoted.add(m);
            } else if (onlyShorterNamesInside(namedSpans, namedStarts, m)) {
                // "the campaign “UNiTE! Invest to prevent …”": a quoted title is one name; a known programme's name
                // that covers only part of it ("UNiTE") is a word of the title, not the programme it names.
                // "Regional Programme “Making the SADC Region Safer …”": an organisation named only inside a title is no partner.
                kept.removeIf(k -> (k.entity().type() == EntityType.PROGRAMME || k.entity().type() == EntityType.PARTNER)
                        && k.start() >= m.start() && k.end() <= m.end());
                quoted.add(m);
            }
        }
        kept.addAll(quoted);
        // A quoted name holds the words a pattern would read: "the “Because I am a Girl Urban Programme”".
        Spans quotedSpans = new Spans(quoted);
        java.util.TreeMap<Integer, Mention> byStart = new java.util.TreeMap<>();
        reference.forEach(r -> byStart.putIfAbsent(r.start(), r));
        java.util.TreeMap<Integer, Mention> unSystemByEnd = new java.util.TreeMap<>();
        reference.stream().filter(r -> r.entity().type() == EntityType.AGENCY || r.entity().type() == EntityType.BODY)
                .forEach(r -> unSystemByEnd.putIfAbsent(r.end(), r));
        List<Mention> found = new ArrayList<>();
        for (Recogniser r : patterns)
            found.addAll(r.find(text, from, to));
        found = withoutNestedPartners(found);
        // "the Global Fund for Girls", "the Nordic Development Fund": a fund that is an organisation, not a programme.
        found = FundOrganisations.retyped(found, iris);
        // "a Constituent Assembly", "a specialised … Unit (…)": one of a kind, no named partner.
        found.removeIf(f -> f.entity().type() == EntityType.PARTNER && IndefiniteNames.afterIndefiniteArticle(text, f.start(), f.end()));
        // "Le Bureau conjoint des Nations Unies …", "La Commission": a French or Spanish article and a head alone, whose name goes
        // on in lowercase or names a UN entity, are no partner's name.
        // So are "Le Programme", "El Proyecto", cut short before a quote.
        found.removeIf(f -> (f.entity().type() == EntityType.PARTNER || f.entity().type() == EntityType.PROGRAMME) && articleAndHeadOnly(f.entity().label()));
        // "the Dakar Regional Bureau", "the Fiji Multi-Country Office": a UN entity's own office, named by its type, no partner.
        found.removeIf(f -> f.entity().type() == EntityType.PARTNER && UnOfficeNames.isUnOffice(f.entity().label()));
        found = withoutPlaceTails(text, found, reference);
        // "the Aurora Programme of the Ministry of Women": the ministry runs the programme, its name is not the programme's.
        found = ProgrammeOwnerComplements.trimmed(text, found, byStart, iris);
        found = SeatedNames.EMBASSIES.extended(text, to, found, byStart, iris);
        found = SeatedNames.COURTS.extended(text, to, found, byStart, iris);
        found = NameSuffixes.QUOTED_OWN_NAMES.extended(text, to, found, iris);
        found = NameSuffixes.PROGRAMME_YEARS.extended(text, to, found, iris);
        // "the International Network of People who Use Drugs (INPUD)": an acronym's definition says how far the name runs.
        found = DefinedLongForms.extended(text, from, to, found, iris);
        // "the Access to Justice, Security and Human Rights Programme": a name's themes listed with commas.
        found = ThemeListNames.extended(text, from, found, byStart, iris);
        // "the Refugee Health Programme in Turkey": the country or region a programme serves, named in its name.
        found = SeatedNames.PROGRAMMES.extended(text, to, found, byStart, iris);
        found = DashedPlaceNames.extended(text, to, found, byStart, iris);
        found = PersonAffiliations.trimmed(text, found, iris);
        found = PersonAffiliations.withoutSecondPerson(text, from, found, iris);
        found = NameSuffixes.PLUS_NUMBERS.extended(text, to, found, iris);
        found = PossessiveEnds.trimmed(text, found, iris);
        // "the Moldovan NGO Institute for Democracy": the kind and where it is from are no words of the name.
        found = NgoOpenings.trimmed(text, found, byStart, iris);
        found = BriefingTopics.without(text, from, found);
        found = OwnedEvents.without(text, from, found);
        java.util.TreeMap<Integer, Mention> namedByStart = new java.util.TreeMap<>();
        named.forEach(n -> namedByStart.putIfAbsent(n.start(), n));
        for (Mention raw : withoutNamedTails(text, found, namedSpans, namedByStart)) {
            // A programme named after its agency's possessive is the agency's programme ("IOM's Regional
            // Return and Reintegration Programme"): the possessor is read off before the overlap with it is judged.
            Mention m = raw.entity().type() == EntityType.PROGRAMME ? withoutPossessor(text, byStart, raw) : raw;
            if (foundationOfAKnownPartner(text, namedByStart, m)) {
                kept.removeIf(k -> k.confidence() == 1.0 && k.entity().type().isNamedBody() && k.start() >= m.start() && k.end() <= m.end());
                Entity e = m.entity();
                kept.add(e.type() == EntityType.PARTNER ? m : new Mention(new Entity(EntityType.PARTNER,
                        iris.entity("partner", e.label()), e.label(), null, null, false), m.start(), m.end(), m.confidence()));
                continue;
            }
            if (representationOfAKnownPartner(text, namedByStart, m) || unitOfAKnownPartner(text, namedByStart, m)) {
                // "the Delegation of the European Union to the United Nations": the representation is the partner, the
                // organisation it represents is named inside its name.
                kept.removeIf(k -> k.confidence() == 1.0 && k.entity().type() == EntityType.PARTNER && k.start() > m.start() && k.end() <= m.end());
                kept.add(m);
                continue;
            }
            if (commissionForAKnownAgency(text, namedByStart, m)) {
                // "the Indonesia National Commission for UNESCO": a country's body for the agency, beside it.
                kept.add(m);
                continue;
            }
            Mention namesake = unBodyInANationalName(text, namedByStart, byStart, m);
            if (namesake != null) {
                kept.remove(namesake);
                kept.add(m);
                continue;
            }
            Mention network = networkOfAnAgency(text, byStart, namedByStart, m);
            if (network != null && network.entity().type() != EntityType.PROGRAMME)
                continue;
            if (network != null) {
                kept.add(network);
                continue;
            }
            boolean inAnotherName = quotedSpans.overlap(m) || insideAReferenceName(byStart, m);
            Mention owned = inAnotherName ? null : OwnerPrefixedProgrammes.owned(text, m, named, iris);
            if (owned != null) {
                // "the IOM Development Fund": the owner's acronym opens the programme's name, and stays a mention of its own.
                kept.add(owned);
                continue;
            }
            if (inAnotherName || namedSpans.overlap(m) || unitOfTheUnSystem(text, unSystemByEnd, m))
                continue;
            kept.add(withoutPossessor(text, byStart, m));
        }
        dropNamesInBracketsAfterANamedBody(text, kept);
        // A campaign named by its hashtag ("the #eyesopen awareness campaign"); no other name holds a "#".
        Spans named0 = new Spans(kept);
        for (Mention m : hashtags.find(text, from, to)) {
            if (!named0.overlap(m))
                kept.add(m);
        }
        addWhereNoOtherName(kept, quotedServices.find(text, from, to));
        addWhereNoOtherName(kept, numberedHotlines.find(text, from, to));
        // "the Swiss Development Cooperation", "la Coopération canadienne": a donor named by its state's adjective.
        addWhereNoOtherName(kept, donorCooperations.find(text, from, to));
        addWhereNoOtherName(kept, areasOfResponsibility.find(text, from, to));
        addOverPatternFinds(kept, programmesOnTitles.find(text, from, to));
        addWhereNoOtherName(kept, sixteenDays.find(text, from, to));
        addWhereNoOtherName(kept, clusterLists.find(text, from, to));
        addOverNamesInside(kept, jointOwnersGroups.find(text, from, to));
        // A name before a lowercase head noun ("the Sawa project") is kept only where no other name is.
        // A country or place inside the name is a word of it ("the project Strengthening … in Tajikistan"); one that opens
        // it is where the work is ("the Kenya project").
        java.util.function.Predicate<Mention> geographic = k -> k.entity().type() == EntityType.COUNTRY || k.entity().type() == EntityType.PLACE;
        // A topic inside the name is a word of it too ("the Ending Gender-Based Violence project"), but not one that opens
        // it ("the Gender-Based Violence programme" says what the programme is about, not what it is called) or runs out of it.
        java.util.function.Predicate<Mention> topic = k -> k.entity().type() == EntityType.TERM
                || k.entity().type() == EntityType.FORM_OF_VIOLENCE || k.entity().type() == EntityType.INTERVENTION;
        Spans takenByOthers = new Spans(kept.stream().filter(geographic.negate().and(topic.negate())).toList());
        Spans geographicNames = new Spans(kept.stream().filter(geographic).toList());
        Spans topics = new Spans(kept.stream().filter(topic).toList());
        for (Mention m : lowercaseHeads.find(text, from, to)) {
            boolean topicOutsideOrOpening = topics.overlap(m.start(), m.start() + 1) || topics.overlap(m.end(), m.end())
                    || topics.overlap(m.start(), m.start());
            if (!takenByOthers.overlap(m) && !geographicNames.overlap(m.start(), m.start() + 1) && !topicOutsideOrOpening)
                kept.add(m);
        }
        // A name the text says is a project or a campaign, in apposition ("Space4Women, a project that …"), likewise.
        Spans takenOrHeaded = new Spans(kept);
        for (Mention m : appositives.find(text, from, to)) {
            if (!takenOrHeaded.overlap(m))
                kept.add(m);
        }
        // A strategy or action plan the name says is the UN system's ("the UN System-wide Action Plan on …"), likewise.
        // A term inside it ("Gender Equality", "Empowerment of Women") is a word of its title.
        Spans takenOrAppositive = new Spans(kept.stream().filter(k -> k.entity().type() != EntityType.TERM).toList());
        for (Mention m : unPlans.find(text, from, to)) {
            if (!takenOrAppositive.overlap(m))
                kept.add(m);
        }
        // What the text says was launched is a programme ("launched the Dialogue of Women of Central Asia"), where no other name is.
        Spans takenOrLowercase = new Spans(kept);
        for (Mention m : launched.find(text, from, to)) {
            if (!takenOrLowercase.overlap(m))
                kept.add(m);
        }
        // A name with no head noun after "in partnership with", "implemented by" ("Promundo", "Gender Links"), and an
        // uppercase name in a list of organisations ("local NGOs: KAIDIYA, DIKO and AREN"), where no other name is.
        Spans anyName = new Spans(kept);
        for (Mention m : cued.find(text, from, to)) {
            if (!anyName.overlap(m))
                kept.add(m);
        }
        Spans anyNameOrCued = new Spans(kept);
        for (Mention m : listed.find(text, from, to)) {
            if (!anyNameOrCued.overlap(m))
                kept.add(m);
        }
        // A name beside the word for its kind ("a local NGO, Rural Hope Alliance (RHA)"; "women's groups, among them
        // the Peace Circle and Voices for Justice"), where no other name is.
        // "the Open Roads Project, a Nairobi-based NGO": a programme's head noun, but the text says it is an organisation.
        kept.replaceAll(k -> k.entity().type() == EntityType.PROGRAMME && k.confidence() == OrganisationPatternRecogniser.CONFIDENCE
                && OrganisationKindRecogniser.kindFollows(text, k.end(), to)
                ? new Mention(Entity.foundByPattern(EntityType.PARTNER, k.entity().label(), iris),
                        k.start(), k.end(), k.confidence())
                : k);
        Spans namedBeforeKinds = new Spans(kept);
        for (Mention m : kinds.find(text, from, to)) {
            if (!namedBeforeKinds.overlap(m))
                kept.add(m);
        }
        // Brands in a list of companies ("business leaders from Acme, BrightWorks and Norden Inc."), where no other name is.
        Spans anyNameOrListed = new Spans(kept);
        for (Mention m : companies.find(text, from, to)) {
            if (!anyNameOrListed.overlap(m))
                kept.add(m);
        }
        // A name defined by its acronym holds no known name nor term ("gender-based violence (GBV)"), but it may hold a
        // country or place inside ("Fuerzas Armadas Revolucionarias de Colombia–Ejército del Pueblo
        // (FARC-EP)"), and a term when its head follows the bracket ("the Protection from Sexual Exploitation and Abuse
        // (PSEA) Task Force").
        Spans places = new Spans(kept.stream().filter(k -> isPlace(k)).toList());
        Spans knownNames = new Spans(kept.stream().filter(k -> k.confidence() == 1.0 && !isPlace(k) && k.entity().type() != EntityType.TERM).toList());
        Spans terms = new Spans(kept.stream().filter(k -> k.entity().type() == EntityType.TERM).toList());
        List<Mention> defined = new ArrayList<>();
        for (Mention m : FundOrganisations.retyped(acronymNames.find(text, from, to), iris)) {
            boolean headAfterTheBracket = text.charAt(m.end() - 1) != ')';
            int bracket = text.lastIndexOf('(', m.end());
            int nameEnd = headAfterTheBracket ? m.end()
                    : text.substring(m.start(), Math.max(m.start(), bracket)).stripTrailing().length() + m.start();
            // A place ending the name is left to the patterns (a country's chapter of another organisation), unless the
            // acronym spells the place too: "the Private Sector Foundation Uganda (PSFU)", "… Network South Africa (GCNSA)".
            boolean placeSpelled = !headAfterTheBracket && DefinedLongForms.spellsWhole(text.substring(m.start(), nameEnd),
                    text.substring(bracket + 1, m.end() - 1).strip());
            boolean holdsAKnownName = knownNames.overlap(m) || places.overlap(m.start(), m.start() + 1)
                    || places.overlap(nameEnd - 1, nameEnd) && !placeSpelled || !headAfterTheBracket && terms.overlap(m);
            // A name defined by its acronym inside a longer name found by pattern is part of that name.
            // "formed a specialised … Unit (…)": one of a kind, as for the names the patterns find.
            boolean oneOfAKind = m.entity().type() == EntityType.PARTNER && IndefiniteNames.afterIndefiniteArticle(text, m.start(), m.end());
            if (!holdsAKnownName && !oneOfAKind && !startsInside(kept, m) && !unitOfTheUnSystem(text, unSystemByEnd, m))
                defined.add(m);
        }
        if (!defined.isEmpty()) {
            // It holds a shorter find of the head-noun pattern ("Global Coalition on Women" of "… Women and AIDS (GCWA)").
            Spans definedSpans = new Spans(defined);
            kept.removeIf(k -> k.confidence() == OrganisationPatternRecogniser.CONFIDENCE && definedSpans.overlap(k));
            kept.addAll(defined);
            joinUnitsToTheirOrganisation(text, kept, defined);
        }
        // A partner found by its head noun after "launched the" is a programme: "launched the Survivors' Network (SN)".
        // So is a forum or a dialogue that the text says someone convened: "co-organised the Africa Forum on …".
        // So is an advisory board or group that the text says someone set up: "formed the Women's Technical Advisory
        // Group (TAG)" names the consultative mechanism its founder runs, not a body that takes part in the work.
        kept.replaceAll(k -> k.entity().type() == EntityType.PARTNER && (k.confidence() == OrganisationPatternRecogniser.CONFIDENCE
                && (LaunchedNameRecogniser.launchedBefore(text, from, k.start())
                        || FORUM_NAME.matcher(k.entity().label()).find() && LaunchedNameRecogniser.convenedBefore(text, from, k.start()))
                || ADVISORY_MECHANISM.matcher(k.entity().label()).find()
                        && SET_UP_BEFORE.matcher(text.substring(Math.max(from, k.start() - 48), k.start())).find())
                ? asProgramme(k) : k);
        kept = new ArrayList<>(ProgrammeHeadsAmongOrganisations.retyped(text, kept, iris));
        // "Arq Psychotrauma Expert Groep, Rutgers and Pharos": a name in a list beside two named organisations is one too.
        kept.addAll(ListPeers.find(text, from, to, kept, iris));
        if (learnt != null) {
            // A learnt name only where no rule found any: it fills gaps, it never overrides.
            Spans ruled = new Spans(kept);
            java.util.TreeMap<Integer, Mention> namedByEnd = new java.util.TreeMap<>();
            kept.stream().filter(k -> k.entity().type().isNamedBody()).forEach(k -> namedByEnd.putIfAbsent(k.end(), k));
            List<Mention> learntFinds = learnt instanceof GapRecogniser gaps
                    ? gaps.findInGaps(text, from, to, at -> ruled.overlap(at, at + 1)) : learnt.find(text, from, to);
            for (Mention m : learntFinds) {
                // A name in brackets right after a named body is its other name, "(Ministerio de la Mujer …)".
                var before = namedByEnd.floorEntry(m.start());
                boolean bracketed = before != null && m.start() - before.getKey() <= 6
                        && OPEN_BRACKET.matcher(text).region(before.getKey(), m.start()).matches()
                        && text.substring(before.getKey(), m.start()).contains("(");
                // "Trust Fund", "Joint Programme", "Task Force": a kind's words alone name no programme or partner.
                if (ruled.overlap(m) || bracketed || LowercaseHeadProgrammeRecogniser.onlyGenericWords(m.entity().label())
                        || documentTopic(text, from, m))
                    continue;
                // "UN Action" is minted to the IRI of the reference's "United Nations Action against Sexual Violence in
                // Conflict": the same entity, described by the reference data, not a second label for its IRI.
                Entity same = known.get(m.entity().iri());
                kept.add(same == null ? m : new Mention(same, m.start(), m.end(), m.confidence()));
            }
        }
        java.util.Set<Integer> unSystemStarts = new java.util.HashSet<>();
        kept.stream().filter(k -> k.confidence() == 1.0 && (k.entity().type() == EntityType.AGENCY || k.entity().type() == EntityType.BODY))
                .forEach(k -> unSystemStarts.add(k.start()));
        // "the national police and its Family Protection Unit": "its" is the partner's, named just before.
        List<Mention> unitOwners = List.copyOf(kept);
        java.util.TreeMap<Integer, Mention> partnersByEnd = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, Mention> partnersByStart = new java.util.TreeMap<>();
        unitOwners.stream().filter(k -> k.entity().type() == EntityType.PARTNER).forEach(k -> {
            partnersByEnd.putIfAbsent(k.end(), k);
            partnersByStart.putIfAbsent(k.start(), k);
        });
        kept.removeIf(k -> k.entity().type() == EntityType.TERM || namesAnAgreement(text, to, k) || namesAnEvent(text, to, k)
                || inAnAddress(text, from, k)
                || setUpByTheWork(text, from, k) && !PartnersOwnUnits.ofAPartner(text, unitOwners, k) || unitOfADivision(text, to, k) || unitBesideAUnitOfTheUnSystem(text, to, unSystemStarts, k)
                || unitOfAUnEntityAfter(text, to, unSystemStarts, k) || UnitParents.ofAUnitBefore(text, partnersByEnd, k)
                || UnitParents.ofAUnitAfter(text, partnersByStart, k));
        kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return withShortForms(OtherNames.joined(text, kept));
    }

    /** A document's noun and "on", "for" or "of", perhaps with a few capitalised words, right before a name. */
    private static final java.util.regex.Pattern DOCUMENT_ON = java.util.regex.Pattern.compile(
            "\\b(?:Toolkit|Handbook|Guide|Manual|Guidelines|Guidance|Report|Study|Brief|Note|Module|Curriculum)\\s{1,3}(?:on|for|of)"
                    + "(?:\\s{1,3}the)?(?:\\s{1,3}\\p{Lu}[\\p{L}'’]*){0,3}\\s{1,3}$");

    /**
     * Whether a learnt name is the topic of a document's title: "A Practitioner's Toolkit on Women's Access to Justice
     * Programming" names a toolkit, and its topic no programme.
     */
    private static boolean documentTopic(String text, int from, Mention m) {
        return DOCUMENT_ON.matcher(text.substring(Math.max(from, m.start() - 60), m.start())).find();
    }

    /** Adds each of {@code found} that overlaps no mention of {@code kept}: a rule that reads a name only where no other name is. */
    private static void addWhereNoOtherName(List<Mention> kept, List<Mention> found) {
        Spans taken = new Spans(kept);
        for (Mention m : found)
            if (!taken.overlap(m))
                kept.add(m);
    }

    /**
     * Adds each of {@code found} in place of the names that lie inside it, where no name surer than a
     * pattern's runs across its edges: a rule whose name holds other names as words of its own ("the
     * ABC and XYZ Task Force"). A pattern find that starts inside it read the name from a later word.
     */
    private static void addOverNamesInside(List<Mention> kept, List<Mention> found) {
        for (Mention m : found) {
            if (kept.stream().anyMatch(k -> k.confidence() > OrganisationPatternRecogniser.CONFIDENCE
                    && (k.start() < m.start() && k.end() > m.start() || k.start() < m.end() && k.end() > m.end())))
                continue;
            // A country named inside stays a mention of its own, as inside the names the reference data knows.
            kept.removeIf(k -> k.start() >= m.start() && k.start() < m.end() && !isPlace(k)
                    && (k.end() <= m.end() || k.confidence() <= OrganisationPatternRecogniser.CONFIDENCE));
            kept.add(m);
        }
    }

    /**
     * Adds each of {@code found} that overlaps no name a rule surer than a pattern found (reference
     * data, resolutions), in place of the pattern finds inside it: a rule that reads a whole title
     * where the patterns read a name among its words.
     */
    private static void addOverPatternFinds(List<Mention> kept, List<Mention> found) {
        Spans surer = new Spans(kept.stream().filter(k -> k.confidence() > OrganisationPatternRecogniser.CONFIDENCE).toList());
        for (Mention m : found) {
            if (surer.overlap(m))
                continue;
            kept.removeIf(k -> k.confidence() <= OrganisationPatternRecogniser.CONFIDENCE && k.start() >= m.start() && k.end() <= m.end());
            kept.add(m);
        }
    }

    /**
     * The countries named inside the names of organisations the reference data knows: "the United
     * Nations Mission in Ethiopia and Eritrea" names Ethiopia and Eritrea, "the Office of the Special
     * Envoy … for Syria" names Syria, as a name found by pattern does ("Japan Aerospace Exploration
     * Agency"). The longest match had swallowed them. Countries only: a city in a name ("the United
     * Nations Office at Nairobi") says where an office sits, not where the work is.
     */
    private List<Mention> countriesInsideNames(String text, List<Mention> reference) {
        List<Mention> inside = new ArrayList<>();
        for (Mention r : reference) {
            EntityType t = r.entity().type();
            if (t != EntityType.AGENCY && t != EntityType.PARTNER && t != EntityType.BODY)
                continue;
            int space = text.indexOf(' ', r.start());
            if (space < 0 || space >= r.end())
                continue;
            // The first words alone too ("the US Department of State", "the UK Home Office", "the United States
            // Department of State"): from them the whole name matches again. Up to three words, as a country's short name.
            List<Mention> found = new ArrayList<>(gazetteer.find(text, space + 1, r.end()));
            Set<Integer> ends = new HashSet<>();
            for (int end = space, words = 1; end > 0 && end < r.end() && words <= 3; end = text.indexOf(' ', end + 1), words++) {
                for (Mention m : gazetteer.find(text, r.start(), end))
                    if (m.start() == r.start() && ends.add(m.end()))
                        found.add(m);
            }
            for (Mention m : found)
                if (m.entity().type() == EntityType.COUNTRY && !CurrencyNames.isCurrency(text, m.end())
                        && !NaturalFeatureNames.isFeature(text, m.start(), m.end()))
                    inside.add(m);
        }
        return inside;
    }

    /**
     * A partner named later by its name without the complement ("the Graduate Institute" after "the
     * Graduate Institute of International and Development Studies", "the National Police" after "the
     * National Police of Colombia") is the partner named in full. The short form keeps two words or
     * more: "the Ministry" or "the Government" names no one. One pass, one map lookup per mention.
     */
    private static List<Mention> withShortForms(List<Mention> sorted) {
        Map<String, Entity> byShortForm = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            if (m.entity().type() != EntityType.PARTNER)
                continue;
            String label = m.entity().label();
            Entity full = byShortForm.get(label);
            if (full != null) {
                sorted.set(i, new Mention(full, m.start(), m.end(), m.confidence()));
                continue;
            }
            int complement = complementStart(label);
            if (complement > 0 && label.lastIndexOf(' ', complement - 1) > 0)
                byShortForm.putIfAbsent(label.substring(0, complement), m.entity());
        }
        return sorted;
    }

    /** Where a name's complement starts: its first " of " or " for ", or -1. */
    private static int complementStart(String label) {
        int of = label.indexOf(" of ");
        int forIndex = label.indexOf(" for ");
        return of < 0 ? forIndex : forIndex < 0 ? of : Math.min(of, forIndex);
    }

    /**
     * Pattern finds without a partner's name that lies inside a longer partner's name found by
     * another pattern: "Fédération Internationale des Ligues des Droits de l'Homme" holds no
     * "Fédération Internationale" of its own.
     */
    private static List<Mention> withoutNestedPartners(List<Mention> found) {
        List<Mention> partners = found.stream().filter(f -> f.entity().type() == EntityType.PARTNER).toList();
        if (partners.size() < 2)
            return found;
        java.util.TreeMap<Integer, Integer> longestFrom = new java.util.TreeMap<>();
        for (Mention p : partners)
            longestFrom.merge(p.start(), p.end(), Math::max);
        // The furthest end of any partner starting at or before each start.
        java.util.TreeMap<Integer, Integer> reach = new java.util.TreeMap<>();
        int max = Integer.MIN_VALUE;
        for (var e : longestFrom.entrySet()) {
            max = Math.max(max, e.getValue());
            reach.put(e.getKey(), max);
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention f : found) {
            if (f.entity().type() == EntityType.PARTNER) {
                Integer own = longestFrom.get(f.start());
                var before = reach.lowerEntry(f.start());
                boolean inside = own != null && own > f.end() || before != null && before.getValue() >= f.end();
                if (inside)
                    continue;
            }
            out.add(f);
        }
        return out;
    }

    private static final java.util.regex.Pattern OPEN_BRACKET = java.util.regex.Pattern.compile("\\s{0,3}\\(\\s{0,2}");
    private static final java.util.regex.Pattern NEXT_IN_BRACKETS = java.util.regex.Pattern.compile("\\s{0,2};\\s{0,2}");

    /**
     * Drops a partner found by pattern that opens a bracket right after the name of an organisation:
     * it is that organisation's name in another language, "the Ministry of Women and Vulnerable
     * Populations (Ministerio de la Mujer y Poblaciones Vulnerables, MIMP)".
     */
    private static void dropNamesInBracketsAfterANamedBody(String text, List<Mention> kept) {
        java.util.TreeMap<Integer, Mention> byEnd = new java.util.TreeMap<>();
        kept.stream().filter(k -> k.entity().type().isNamedBody()).forEach(k -> byEnd.putIfAbsent(k.end(), k));
        java.util.TreeMap<Integer, Mention> referenceByStart = new java.util.TreeMap<>();
        kept.stream().filter(k -> k.confidence() == 1.0 && (k.entity().type() == EntityType.PARTNER || k.entity().type() == EntityType.AGENCY))
                .forEach(k -> referenceByStart.putIfAbsent(k.start(), k));
        kept.removeIf(k -> {
            if (k.confidence() != OrganisationPatternRecogniser.CONFIDENCE || k.entity().type() != EntityType.PARTNER)
                return false;
            // "the Federation of Women Lawyers (FIDA Kenya)": the name in brackets is the one the reference data knows;
            // "the Office of the Special Envoy (O/SESG-GL)": a UN entity's short name, read as a unit's, is the entity.
            var known = referenceByStart.ceilingEntry(k.end());
            if (known != null && known.getKey() - k.end() <= 6
                    && OPEN_BRACKET.matcher(text).region(k.end(), known.getKey()).matches()
                    && text.substring(k.end(), known.getKey()).contains("("))
                return true;
            var before = byEnd.floorEntry(k.start());
            if (before == null || before.getValue() == k || k.start() - before.getKey() > 6)
                return false;
            if (OPEN_BRACKET.matcher(text).region(before.getKey(), k.start()).matches() && text.substring(before.getKey(), k.start()).contains("("))
                return true;
            // "(O/SESG-GL; Bureau de l'Envoyé spécial …)": a name after a semicolon in the same brackets is another name of
            // it (a comma there would part a list of others).
            int open = before.getValue().start() - 1;
            while (open >= 0 && Character.isWhitespace(text.charAt(open)))
                open--;
            return open >= 0 && text.charAt(open) == '(' && NEXT_IN_BRACKETS.matcher(text).region(before.getKey(), k.start()).matches();
        });
    }

    private static final java.util.regex.Pattern UNIT_OR_SERVICE = java.util.regex.Pattern.compile(
            "\\b(?:Unit|Office|Division|Section|Cell|Team|Branch|Service)\\b");
    private static final java.util.regex.Pattern AND_A_UNIT_OF = java.util.regex.Pattern.compile(
            "(?:\\s{0,3}\\([^()\\n]{1,20}\\))?\\s{1,3}and\\s{1,3}(?:the|its)\\s{1,3}(?:\\p{Lu}[\\p{L}-]{0,30}\\s{1,3}){1,6}of\\s{1,3}(?:the\\s{1,3})?");
    /**
     * Whether a unit found by pattern is coordinated with a unit of a UN entity: "the Office of
     * Military Affairs (OMA) and the Integrated Training Service of the Department of Peace
     * Operations" are both the department's, not partners.
     */
    private static boolean unitBesideAUnitOfTheUnSystem(String text, int to, java.util.Set<Integer> unSystemStarts, Mention m) {
        if (m.entity().type() != EntityType.PARTNER || m.confidence() == 1.0 || !UNIT_NAME.matcher(m.entity().label()).find())
            return false;
        java.util.regex.Matcher and = AND_A_UNIT_OF.matcher(text).region(m.end(), Math.min(to, m.end() + 160));
        return and.lookingAt() && UNIT_OR_SERVICE.matcher(and.group()).find() && unSystemStarts.contains(and.end());
    }

    private static final java.util.regex.Pattern OF_THE = java.util.regex.Pattern.compile("\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?");

    /**
     * Whether a unit found by pattern belongs to the UN entity named right after it: "the Joint Human
     * Rights Office of MONUSCO and OHCHR", "the Gender Affairs Unit of UNMISS" are the entity's own.
     */
    private static boolean unitOfAUnEntityAfter(String text, int to, java.util.Set<Integer> unSystemStarts, Mention m) {
        if (m.entity().type() != EntityType.PARTNER || m.confidence() == 1.0 || !UNIT_NAME.matcher(m.entity().label()).find())
            return false;
        java.util.regex.Matcher of = OF_THE.matcher(text).region(m.end(), Math.min(to, m.end() + 12));
        return of.lookingAt() && unSystemStarts.contains(of.end());
    }

    /**
     * Joins a unit defined by its acronym to the organisation named after it, as the text does:
     * "the Reproductive Health Research Unit (RHRU) of the University of the Witwatersrand" is one
     * partner, the Reproductive Health Research Unit of the University of the Witwatersrand.
     */
    private void joinUnitsToTheirOrganisation(String text, List<Mention> kept, List<Mention> defined) {
        java.util.Map<Integer, Mention> unSystemByStart = new java.util.HashMap<>();
        kept.stream().filter(k -> k.confidence() == 1.0 && (k.entity().type() == EntityType.AGENCY || k.entity().type() == EntityType.BODY))
                .forEach(k -> unSystemByStart.putIfAbsent(k.start(), k));
        java.util.TreeMap<Integer, Mention> patternByStart = new java.util.TreeMap<>();
        kept.stream().filter(k -> k.confidence() == OrganisationPatternRecogniser.CONFIDENCE
                && k.entity().type() == EntityType.PARTNER).forEach(k -> patternByStart.putIfAbsent(k.start(), k));
        for (Mention d : defined) {
            if (d.entity().type() != EntityType.PARTNER || d.end() >= text.length())
                continue;
            java.util.regex.Matcher of = OF_THE.matcher(text).region(d.end(), Math.min(text.length(), d.end() + 12));
            if (!of.lookingAt())
                continue;
            Mention owner = patternByStart.get(of.end());
            if (unSystemByStart.containsKey(of.end())) {
                // "the Conduct and Discipline Unit (CDU) of MONUSCO" is a unit of the UN system, not a partner.
                kept.remove(d);
                continue;
            }
            if (owner == null || owner == d)
                continue;
            String label = d.entity().label() + " " + text.substring(of.start(), of.end()).strip().replaceAll("\\s+", " ")
                    + " " + owner.entity().label();
            Entity e = new Entity(EntityType.PARTNER, iris.entity("partner", label), label, d.entity().code(), null, false);
            kept.remove(d);
            kept.remove(owner);
            kept.add(new Mention(e, d.start(), owner.end(), d.confidence()));
        }
    }

    private static final java.util.regex.Pattern FOUNDATION_AFTER = java.util.regex.Pattern.compile(
            "\\s{1,3}(?:Foundation|Stiftung|Trust|Institute)\\b");
    private static final java.util.regex.Pattern FOUNDATION_BEFORE = java.util.regex.Pattern.compile(
            "(?:Instituto|Institut|Fundación|Fundação|Fondation|Fondazione|Institución|Instituição)\\s{1,3}"
                    + "(?:(?:del|de\\s+la|de|du|da|do)\\s{1,3})?");

    /**
     * Whether a pattern find is the foundation or institute of a partner the reference data names,
     * an organisation of its own: "the Vodafone Foundation", "the Kering Foundation".
     */
    private static boolean foundationOfAKnownPartner(String text, java.util.TreeMap<Integer, Mention> namedByStart, Mention m) {
        if (m.entity().type() != EntityType.PARTNER && m.entity().type() != EntityType.PROGRAMME)
            return false;
        // "Instituto Avon", "la Institución del Procurador de los Derechos Humanos": the head comes first in French, Spanish
        // and Portuguese.
        java.util.regex.Matcher before = FOUNDATION_BEFORE.matcher(text).region(m.start(), m.end());
        if (m.entity().type() == EntityType.PARTNER && before.lookingAt()) {
            Mention known = namedByStart.get(before.end());
            return known != null && known.end() == m.end() && known.entity().type() == EntityType.PARTNER;
        }
        Mention inner = namedByStart.get(m.start());
        if (inner == null || inner.end() >= m.end() || inner.entity().type() != EntityType.PARTNER
                || namedByStart.higherKey(m.start()) != null && namedByStart.higherKey(m.start()) < m.end())
            return false;
        if (m.entity().type() == EntityType.PARTNER && FOUNDATION_AFTER.matcher(text).region(inner.end(), m.end()).lookingAt())
            return true;
        // "the SADC Mediation Reference Group", "the ECOWAS Commission": a body of a known organisation, itself a
        // partner; not a unit of its secretariat ("the OSCE Office for …").
        String rest = text.substring(inner.end(), m.end());
        return inner.entity().code() != null && rest.startsWith(" ") && !UNIT_NAME.matcher(rest).find()
                && OrganisationPatternRecogniser.isCoordinationGroup(m.entity().label()) == (m.entity().type() == EntityType.PROGRAMME)
                && (m.entity().type() == EntityType.PARTNER || GROUP_NAME.matcher(rest).find());
    }

    /** The words of a representation's name before the organisation it represents: "Delegation of the", "Permanent Mission of". */
    private static final java.util.regex.Pattern REPRESENTATION_OF = java.util.regex.Pattern.compile(
            "(?:Permanent\\s+)?(?:Delegation|Mission|Representation|Embassy|Liaison\\s+Office)\\s+(?:of|to)\\s+(?:the\\s+)?");

    /**
     * Whether a partner found by pattern is the representation of a partner the reference data
     * names inside it, right after "Delegation of the": the one known partner inside, no other name.
     */
    private static boolean representationOfAKnownPartner(String text, java.util.TreeMap<Integer, Mention> namedByStart, Mention m) {
        if (!foundByPattern(m))
            return false;
        java.util.regex.Matcher r = REPRESENTATION_OF.matcher(text).region(m.start(), m.end());
        if (!r.lookingAt())
            return false;
        Mention inner = soleKnownPartnerInside(namedByStart, m, r.end());
        return inner != null && inner.start() == r.end() && inner.end() < m.end();
    }

    /**
     * A unit named with the organisation it belongs to: "Department of Social Affairs of the African Union Commission",
     * "Secretaría Técnica de la Mujer del Consejo de Ministras de la Mujer de Centroamérica".
     */
    private static final java.util.regex.Pattern UNIT_OF = java.util.regex.Pattern.compile(
            "(?:[\\p{Lu}][\\p{L}'\u2019-]*\\s+){0,4}(?:Department|Directorate|Division|Unit|Section|Bureau|Office)\\b.*\\s+of\\s+(?:the\\s+)?$"
                    + "|(?:Secretaría|Secretaria|Secrétariat|Dirección|Direção|Direction|Unidad|Unidade|Unité|Departamento|Département"
                    + "|División|Divisão)\\b.*\\s+(?:del|de\\s+la|de\\s+los|de\\s+las|de|du|des|de\\s+l['\u2019]|da|do|das|dos)\\s*$",
            java.util.regex.Pattern.DOTALL);

    /**
     * Whether a partner found by pattern is a unit of a partner the reference data knows, named with
     * it: "the Department of Health, Humanitarian Affairs and Social Development of the African Union
     * Commission" is one partner, as "the Legal Aid Department of the Ministry of Justice" is; the
     * organisation is named inside its unit's name.
     */
    private static boolean unitOfAKnownPartner(String text, java.util.TreeMap<Integer, Mention> namedByStart, Mention m) {
        if (!foundByPattern(m))
            return false;
        Mention inner = soleKnownPartnerInside(namedByStart, m, m.start() + 1);
        return inner != null && inner.end() == m.end() && UNIT_OF.matcher(text.substring(m.start(), inner.start())).matches();
    }

    /** The words before the agency a country's commission is for ("… National Commission for "), its heads the pattern reader's. */
    private static final java.util.regex.Pattern COMMISSION_FOR = java.util.regex.Pattern.compile(
            "\\b(?:" + String.join("|", OrganisationPatternRecogniser.NATIONAL_COMMISSION_FOR) + ")\\s+for\\s+(?:the\\s+)?$");

    /** Whether a partner found by pattern is a country's commission for a UN agency the reference data names at its end. */
    private static boolean commissionForAKnownAgency(String text, java.util.TreeMap<Integer, Mention> namedByStart, Mention m) {
        if (!foundByPattern(m))
            return false;
        var inner = namedByStart.floorEntry(m.end() - 1);
        return inner != null && inner.getKey() > m.start() && inner.getValue().end() == m.end()
                && inner.getValue().entity().type() == EntityType.AGENCY
                && COMMISSION_FOR.matcher(text).region(m.start(), inner.getKey()).find();
    }

    /** Whether {@code m} is a partner the organisation patterns found, not one the reference data names. */
    private static boolean foundByPattern(Mention m) {
        return m.entity().type() == EntityType.PARTNER && m.confidence() == OrganisationPatternRecogniser.CONFIDENCE;
    }

    /**
     * The first partner the reference data names inside {@code m} from {@code from} on, when it is
     * the only name there: a representation or a unit of it is one partner with it, not two.
     */
    private static Mention soleKnownPartnerInside(java.util.TreeMap<Integer, Mention> namedByStart, Mention m, int from) {
        var inner = namedByStart.ceilingEntry(from);
        if (inner == null || inner.getValue().entity().type() != EntityType.PARTNER || inner.getValue().end() > m.end())
            return null;
        Integer further = namedByStart.higherKey(inner.getKey());
        return further == null || further >= m.end() ? inner.getValue() : null;
    }

    private static final java.util.regex.Pattern NATIONAL_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:National|Independent|Presidential|Parliamentary|Provincial|State|Federal)\\b");

    /**
     * The UN body whose name a national body's name holds, where the pattern find is that national
     * body: "the Kenya National Commission on Human Rights", "the National Commission on the Status
     * of Women" are partners, not the Commission on Human Rights or the CSW. Null if it is not one.
     */
    private static Mention unBodyInANationalName(String text, java.util.TreeMap<Integer, Mention> namedByStart,
            java.util.TreeMap<Integer, Mention> byStart, Mention m) {
        if (m.entity().type() != EntityType.PARTNER || namedByStart.containsKey(m.start()))
            return null;
        var inner = namedByStart.higherEntry(m.start());
        if (inner == null || inner.getValue().end() > m.end() || inner.getValue().entity().type() != EntityType.BODY)
            return null;
        Integer further = namedByStart.higherKey(inner.getKey());
        if (further != null && further < m.end())
            return null;
        Mention first = byStart.get(m.start());
        boolean country = first != null && (first.entity().type() == EntityType.COUNTRY || first.entity().type() == EntityType.PLACE);
        return country || NATIONAL_WORDS.matcher(text.substring(m.start(), inner.getKey())).find() ? inner.getValue() : null;
    }

    private static final java.util.regex.Pattern GROUP_NAME = java.util.regex.Pattern.compile("\\b(?:Group|Network|Mechanism)$");

    /** "Technical Advisory Group", "Women's Advisory Board": a consultative mechanism, when the work sets it up. */
    private static final java.util.regex.Pattern ADVISORY_MECHANISM = java.util.regex.Pattern.compile(
            "\\bAdvisory\\s(?:[\\p{Lu}][\\p{L}-]*\\s)?(?:Board|Group|Council|Committee|Panel)$");

    /** The words before a body that the work sets up: "set up a permanent", "established the", "created its". */
    private static final java.util.regex.Pattern SET_UP_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:set\\s{1,3}up|establish(?:ed|es|ing)?|creat(?:ed|es|ing)|form(?:ed|s|ing)?)\\s{1,3}"
                    + "(?:(?:a|an|the|its|their|new|permanent|first|national|local)\\s{1,3}){1,3}$");
    /**
     * What makes a unit the acting organisation's own ("its Sexual Violence in Conflict Unit"):
     * "its", "their", or the possessive of the noun a report calls its own entity by ("the
     * mission's Human Rights Office", "the Fund's Advisory Board").
     */
    private static final java.util.regex.Pattern ITS_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:[Ii]ts|[Tt]heir|[Tt]he\\s{1,3}(?:[Mm]ission|Office|Fund|Programme|Organi[sz]ation|Department|Secretariat|Agency"
                    + "|Entity|Commission|Operation|Force)['\u2019]s)\\s{1,3}(?:own\\s{1,3})?$");
    /** The same possessive capitalised, read as the name's first word: "the Fund's Advisory Board". */
    private static final java.util.regex.Pattern OWN_NOUN_POSSESSIVE = java.util.regex.Pattern.compile(
            "(?:Mission|Office|Fund|Programme|Organi[sz]ation|Department|Secretariat|Agency|Entity|Commission|Operation|Force)['\u2019]s\\s");
    private static final java.util.regex.Pattern THE_BEFORE = java.util.regex.Pattern.compile("\\b[Tt]he\\s{1,3}$");
    /** A unit or an organ of an organisation: its own when the text says so ("its Steering Committee"). */
    private static final java.util.regex.Pattern OWN_PART_NAME = java.util.regex.Pattern.compile(
            "\\b(?:Unit|Units|Office|Division|Section|Cell|Team|Branch|Board|Committee|Council|Panel)$");
    /** "the Conduct and Discipline Unit", "the Human Rights Division": a unit every mission or UN office has, no owner named. */
    private static final java.util.regex.Pattern UN_UNIT = java.util.regex.Pattern.compile(
            "(?:" + WordList.alternation("un-unit-functions") + ")\\s(?:Unit|Division|Section|Cell|Branch|Service)");
    private static final java.util.regex.Pattern UNIT_NAME = java.util.regex.Pattern.compile(
            "\\b(?:Unit|Units|Office|Division|Section|Cell|Team|Branch)\\b");

    /**
     * Whether a partner found by pattern is a body the work sets up ("Marrakech set up a permanent
     * Safe Cities Committee") or the acting organisation's own unit ("created its Sexual Violence in
     * Conflict Unit"): neither takes part in the work as a partner.
     */
    private static boolean setUpByTheWork(String text, int from, Mention m) {
        if (m.entity().type() != EntityType.PARTNER || m.confidence() != OrganisationPatternRecogniser.CONFIDENCE)
            return false;
        String before = text.substring(Math.max(from, m.start() - 48), m.start());
        return SET_UP_BEFORE.matcher(before).find()
                || UNIT_NAME.matcher(m.entity().label()).find() && (ITS_BEFORE.matcher(before).find() || ownUnitEarlier(text, m))
                || OWN_PART_NAME.matcher(m.entity().label()).find() && (ITS_BEFORE.matcher(before).find()
                        || OWN_NOUN_POSSESSIVE.matcher(m.entity().label()).lookingAt() && THE_BEFORE.matcher(before).find())
                || UN_UNIT.matcher(m.entity().label()).matches();
    }

    /**
     * Whether the text introduced this unit earlier as an organisation's own ("Its Gender Unit
     * advises …", then "the Gender Unit chose …"): the later mentions name the same unit.
     */
    private static boolean ownUnitEarlier(String text, Mention m) {
        String name = text.substring(m.start(), m.end());
        for (int i = text.lastIndexOf(name, m.start() - 1); i >= 0; i = i == 0 ? -1 : text.lastIndexOf(name, i - 1)) {
            if (ITS_BEFORE.matcher(text.substring(Math.max(0, i - 48), i)).find())
                return true;
        }
        return false;
    }

    /** "of the Policy and Mediation Division": a division, always inside some organisation. */
    private static final java.util.regex.Pattern OF_A_DIVISION = java.util.regex.Pattern.compile(
            "\\s{0,3}(?:\\([^()\\n]{1,20}\\)\\s{0,3})?of\\s{1,3}(?:the|its|their)\\s{1,3}(?:[\\p{Lu}][\\p{L}-]{0,30}\\s{1,3}(?:(?:and|of|for|on)\\s{1,3})?){1,8}"
                    + "(?:Division|Section|Branch)\\b");

    private static final java.util.regex.Pattern DIVISION_END = java.util.regex.Pattern.compile(
            "\\sof\\s(?:the|its|their)\\s(?:[\\p{Lu}][^\\s]{0,30}\\s){0,8}(?:Division|Section|Branch)$");

    /**
     * Whether a partner found by pattern is a unit of a division ("the Mediation Support Unit (MSU)
     * of the Policy and Mediation Division"): the division's organisation, not a partner of it.
     */
    private static boolean unitOfADivision(String text, int to, Mention m) {
        if (m.entity().type() != EntityType.PARTNER || m.confidence() == 1.0 || !UNIT_NAME.matcher(m.entity().label()).find())
            return false;
        return OF_A_DIVISION.matcher(text).region(m.end(), Math.min(to, m.end() + 160)).lookingAt()
                || DIVISION_END.matcher(m.entity().label()).find();
    }

    private static final java.util.regex.Pattern NETWORK_NAME = java.util.regex.Pattern.compile(
            " (?:\\p{Lu}[\\p{L}-]{0,30} ){0,4}(?:Network|Group|Alliance|Coalition)$");

    /**
     * A network or group named after a UN agency is its internal or inter-agency mechanism, counted
     * as a programme: "the UNU Migration Network", "the UNAIDS Reference Group". A group with no word of
     * coordination ("the ICAO Cabin Safety Group") is the agency's own unit: the agency's mention is returned, and the
     * caller drops the find. Null if {@code m} is neither.
     */
    private Mention networkOfAnAgency(String text, java.util.TreeMap<Integer, Mention> byStart,
            java.util.TreeMap<Integer, Mention> namedByStart, Mention m) {
        if (m.entity().type() != EntityType.PARTNER)
            return null;
        Mention agency = byStart.get(m.start());
        if (agency == null || agency.entity().type() != EntityType.AGENCY || agency.end() >= m.end())
            return null;
        Integer next = namedByStart.higherKey(m.start());
        if (next != null && next < m.end())
            return null;
        if (!NETWORK_NAME.matcher(text.substring(agency.end(), m.end())).matches())
            return null;
        String label = text.substring(m.start(), m.end()).replaceAll("\\s+", " ");
        // "the ICAO Cabin Safety Group": a group of one agency's own, with no word of coordination, is that agency's unit.
        if (label.endsWith(" Group") && !OrganisationPatternRecogniser.isCoordinationGroup(label))
            return agency;
        return new Mention(Entity.foundByPattern(EntityType.PROGRAMME, label, iris),
                m.start(), m.end(), m.confidence());
    }

    /** The words that join a name to the next one in a list: ", and the", " and ", " & ". */
    private static final java.util.regex.Pattern LIST_JOIN = java.util.regex.Pattern.compile(
            "(?:\\s{0,3},\\s{0,3}(?:and\\s{1,3}|&\\s{1,3})?|\\s{1,3}(?:and|&)\\s{1,3})(?:the\\s{1,3})?$");

    /** The words between a programme's part and the programme it is part of: " of ", " of the ". */
    private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile("\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?$");

    /**
     * Pattern finds, each cut short where it ran on through "and" into a name the reference data
     * gives: "the Red Cross Society of Niger and Save the Children" holds the Red Cross Society of
     * Niger, then Save the Children. The words before the join are read again on their own.
     */
    /** The words between an organisation's name and the city it is in: "… Studies in Geneva". */
    private static final java.util.regex.Pattern UN_BEFORE_PLACE = java.util.regex.Pattern.compile(
            "\\sto\\s+the\\s+(?:United\\s+Nations|UN|International\\s+Organi[sz]ations)$");
    /** "in", and the French "à" and Portuguese "em", "no", "na" that say the same before a city. */
    private static final java.util.regex.Pattern IN_BEFORE_PLACE = java.util.regex.Pattern.compile("\\s{1,3}(?:in|\u00E0|em|no|na)\\s{1,3}");

    /**
     * Partners read by pattern whose last words are "in" and a known city or other place ("the Graduate
     * Institute of International and Development Studies in Geneva", "la Direction de la Recherche à
     * Antananarivo"), read again without them: the
     * place says where the organisation is. Countries stay ("Centre for Human Rights in Iraq" may be a
     * name); the place is a mention of its own either way.
     */
    private List<Mention> withoutPlaceTails(String text, List<Mention> found, List<Mention> reference) {
        java.util.Map<Integer, Mention> placeByEnd = new HashMap<>();
        for (Mention r : reference)
            if (r.entity().type() == EntityType.PLACE)
                placeByEnd.putIfAbsent(r.end(), r);
        if (placeByEnd.isEmpty())
            return found;
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Mention place = m.entity().type() == EntityType.PARTNER ? placeByEnd.get(m.end()) : null;
            int cut = -1;
            if (place != null && place.start() > m.start()) {
                java.util.regex.Matcher in = IN_BEFORE_PLACE.matcher(text).region(Math.max(m.start(), place.start() - 8), place.start());
                while (in.find())
                    if (in.end() == place.start())
                        cut = in.start();
            }
            // "… to the United Nations in Geneva": the city says which of the UN's offices a mission is accredited to ("… to
            // the International Organizations in Vienna", which of the organisations seated there).
            if (cut > m.start() && UN_BEFORE_PLACE.matcher(text).region(m.start(), cut).find())
                cut = -1;
            if (cut <= m.start()) {
                out.add(m);
                continue;
            }
            for (Recogniser r : patterns)
                for (Mention shorter : r.find(text, m.start(), cut))
                    if (shorter.start() == m.start() && shorter.entity().type() == m.entity().type())
                        out.add(shorter);
        }
        return out;
    }

    private static final java.util.regex.Pattern ARTICLE_AND_WORD = java.util.regex.Pattern.compile("(?:Le|La|Les|El|Los|Las)\\s+(\\p{Lu}\\p{L}+)");

    /** A Romance article and a partner's or a programme's head word, nothing else: "Le Bureau", "La Commission", "Le Programme". */
    private static boolean articleAndHeadOnly(String label) {
        java.util.regex.Matcher m = ARTICLE_AND_WORD.matcher(label);
        return m.matches() && (OrganisationPatternRecogniser.isPartnerHead(m.group(1)) || OrganisationPatternRecogniser.isProgrammeHead(m.group(1)));
    }

    private List<Mention> withoutNamedTails(String text, List<Mention> found, Spans namedSpans,
            java.util.TreeMap<Integer, Mention> namedByStart) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            var next = namedByStart.higherEntry(m.start());
            if (next == null || next.getKey() >= m.end() || namedSpans.overlap(m.start(), m.start() + 1)) {
                out.add(m);
                continue;
            }
            int tail = next.getKey();
            java.util.regex.Matcher join = LIST_JOIN.matcher(text).region(Math.max(m.start(), tail - 12), tail);
            boolean joined = join.find();
            // "the Safer Campuses Campaign of O3 PLUS": a part of a programme the reference data knows, named with it, is a
            // programme of its own beside it.
            if (!joined && m.entity().type() == EntityType.PROGRAMME && next.getValue().entity().type() == EntityType.PROGRAMME) {
                join = PART_OF.matcher(text).region(Math.max(m.start(), tail - 12), tail);
                joined = join.find();
            }
            if (!joined || join.start() <= m.start()) {
                out.add(m);
                continue;
            }
            for (Recogniser r : patterns)
                for (Mention shorter : r.find(text, m.start(), join.start()))
                    if (shorter.start() == m.start() && shorter.entity().type() == m.entity().type())
                        out.add(shorter);
        }
        return out;
    }

    /**
     * What follows a place's name when the words name an agreement, an instrument or a review, not a
     * place: "the Lima Consensus", "Beijing+25", "the Kampala Convention", "the Geneva Conventions",
     * "the Addis Ababa Action Agenda".
     */
    private static final java.util.regex.Pattern AGREEMENT = java.util.regex.Pattern.compile(
            "\\s{0,2}\\+\\s{0,2}\\d|\\s{1,3}(?:Consensus|Declaration|Platform|Agreement|Accords?|Principles|Process|Commitments?|Outcome|Programme\\s+of\\s+Action|Plan\\s+of\\s+Action"
                    + "|Conventions?|Protocol|Statute|Rules|Strategies|Treaty|Charter|Action\\s+Agenda|Call\\s+to\\s+Action)\\b");

    /** An event's head right after a name: "the Generation Equality Forum", "the Spotlight Initiative Summit". */
    private static final java.util.regex.Pattern EVENT_AFTER = java.util.regex.Pattern.compile(
            "\\s{1,2}(?:Forum|Summit|Conference|Week|Awards?|Prize)\\b");

    /**
     * Whether a programme the reference data knows is named here only as the first words of an event's
     * name: "launched at the Generation Equality Forum in Paris" names the forum, a meeting, not the
     * programme; a single event is no programme.
     */
    private static boolean namesAnEvent(String text, int to, Mention m) {
        return m.entity().type() == EntityType.PROGRAMME && m.entity().inReference()
                && EVENT_AFTER.matcher(text).region(m.end(), Math.min(to, m.end() + 16)).lookingAt();
    }

    /** Whether a country or place mention is the name of an agreement or review held there. */
    private static boolean namesAnAgreement(String text, int to, Mention m) {
        EntityType type = m.entity().type();
        return (type == EntityType.COUNTRY || type == EntityType.PLACE)
                && AGREEMENT.matcher(text).region(m.end(), Math.min(to, m.end() + 40)).lookingAt();
    }

    /**
     * An office's street address written into a sentence, up to the place: "at UN House, Caicoli
     * Street, Dili, Timor-Leste", "Avenue Appia 20, 1211 Geneva, Switzerland", "New York, NY 10017, USA".
     * A postal code before its city is a number no word of a sentence leads up to: "In 2011 Kenya,
     * Uganda and Rwanda …" and "By March 2019 Chad, …" give a year, and the countries listed after it
     * are where the work was (a year opens a sentence's list of countries more often than an address).
     */
    private static final java.util.regex.Pattern ADDRESS_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\b(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Plaza|P\\.\\s?O\\.\\s?Box|PO\\sBox|Building|Floor|Suite|"
                    + "Compound|UN\\sHouse|Rue|Calle|Avenida|Chemin)\\b|\\b[A-Z]{2}\\s\\d{5}\\b"
                    + "|(?=\\d)(?<!\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]o|[Oo]f|[Dd]uring|[Aa]fter|[Bb]efore|[Aa]nd|[Ii]n\\s(?:early|late|mid)|"
                    + WordList.alternation("months") + "|" + WordList.of("months").stream().map(m -> m.substring(0, 3) + "\\.?")
                            .collect(java.util.stream.Collectors.joining("|")) + "|Sept\\.?)\\s)"
                    + "\\b\\d{4,6}\\s\\p{Lu}[\\p{L}-]{1,30})"
                    + "[^.;:\\n]{0,60}(?:,\\s{0,3}(?:[\\p{Lu}\\d][\\p{L}\\d' -]{0,40},\\s{0,3}){0,3}|\\s\\d{4,6}\\s{1,2})$");
    private static final int ADDRESS_LOOK_BEHIND = 160;

    /** Whether a country or place mention ends a street address: where an office is, not where the work is. */
    private static boolean inAnAddress(String text, int from, Mention m) {
        EntityType type = m.entity().type();
        if (type != EntityType.COUNTRY && type != EntityType.PLACE)
            return false;
        String before = text.substring(Math.max(from, m.start() - ADDRESS_LOOK_BEHIND), m.start());
        return ADDRESS_BEFORE.matcher(before).find();
    }

    /**
     * Whether every named mention that overlaps a quoted programme is a programme or a partner lying inside
     * its quotes and shorter than the quoted name; the named mentions starting inside are read from
     * {@code namedStarts}, a few at most, and one running across its start is ruled out by the spans.
     */
    private static boolean onlyShorterNamesInside(Spans namedSpans, java.util.TreeMap<Integer, Mention> namedStarts, Mention m) {
        if (namedSpans.overlap(m.start(), m.start()))
            return false;
        var inside = namedStarts.subMap(m.start(), true, m.end(), false).values();
        if (inside.isEmpty() || inside.size() > 4)
            return false;
        int quotedLength = m.entity().label().length();
        for (Mention n : inside)
            if (n.entity().type() != EntityType.PROGRAMME && n.entity().type() != EntityType.PARTNER
                    || n.end() > m.end() || n.end() - n.start() >= quotedLength)
                return false;
        return true;
    }

    /** A name whose head is a forum's or a dialogue's: "Africa Forum on Gender Equality", "Regional Dialogue". */
    private static final java.util.regex.Pattern FORUM_NAME = java.util.regex.Pattern.compile("\\b(?:Forum|Dialogue)(?:\\s+(?:on|of|for)\\b|$)");

    private Mention asProgramme(Mention m) {
        Entity e = m.entity();
        return new Mention(new Entity(EntityType.PROGRAMME, iris.entity("programme", e.label()), e.label(), e.code(), null, false),
                m.start(), m.end(), m.confidence());
    }

    private static boolean isPlace(Mention m) {
        return m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.PLACE;
    }

    /** Whether a pattern find of {@code kept} starts before {@code m} and runs into it. */
    private static boolean startsInside(List<Mention> kept, Mention m) {
        for (Mention k : kept) {
            if (k.confidence() == OrganisationPatternRecogniser.CONFIDENCE && k.start() < m.start() && k.end() > m.start())
                return true;
        }
        return false;
    }

    /** Words between a UN entity's possessive and a name: "the Security Council's informal Expert Group". */
    private static final java.util.regex.Pattern OWNED = java.util.regex.Pattern.compile(
            "^(?:['\u2019]s)?\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,2}$");

    /**
     * Whether a find names a unit of a UN entity named just before it, not a partner: "the UNESCO
     * Institute for Information Technologies in Education (IITE)", "the Security Council's informal
     * Expert Group".
     */
    private static boolean unitOfTheUnSystem(String text, java.util.TreeMap<Integer, Mention> unSystemByEnd, Mention m) {
        var before = unSystemByEnd.floorEntry(m.start());
        if (before == null || m.start() - before.getKey() > 30)
            return false;
        // An agency's programme is a programme ("UNRWA's Gender Initiative programme"); a body runs none.
        if (m.entity().type() == EntityType.PROGRAMME && before.getValue().entity().type() != EntityType.BODY)
            return false;
        String gap = text.substring(before.getKey(), m.start());
        return OWNED.matcher(gap).matches() && (gap.startsWith("'") || gap.startsWith("\u2019") || gap.isBlank());
    }

    /** A find inside a name the reference data gives ("Russian Federation" is a country, not a federation). */
    private static boolean insideAReferenceName(java.util.TreeMap<Integer, Mention> byStart, Mention m) {
        var before = byStart.floorEntry(m.start());
        return before != null && before.getValue().end() >= m.end();
    }

    /**
     * A find that opens with a named country or agency and "’s" names that one's organisation:
     * "Cambodia’s Ministry of Women’s Affairs" is the Ministry of Women’s Affairs (of Cambodia).
     */
    private Mention withoutPossessor(String text, java.util.TreeMap<Integer, Mention> byStart, Mention m) {
        Mention owner = byStart.get(m.start());
        String name = text.substring(m.start(), m.end());
        if (owner == null && OrganisationPatternRecogniser.ownedCoordinationGroup(name)) {
            // "the UN Country Team's Task Force on …": an owner the reference data does not name; the group is the programme.
            int at = m.start() + OrganisationPatternRecogniser.afterPossessive(name);
            String rest = text.substring(at, m.end()).replaceAll("\\s+", " ");
            return new Mention(Entity.foundByPattern(EntityType.PROGRAMME, rest, iris), at, m.end(), m.confidence());
        }
        if (owner == null) {
            // "the Tribunal's Support Programme for Witnesses": an owner named by a common noun (or an acronym the reference
            // data does not know) is the programme's owner, not a word of its name; "Women's", "Children's" are.
            int at = ProgrammeOwners.afterOwner(text, m.start(), m.end());
            if (at < 0)
                return m;
            String rest = text.substring(at, m.end()).replaceAll("\\s+", " ");
            return new Mention(Entity.foundByPattern(EntityType.PROGRAMME, rest, iris), at, m.end(), m.confidence());
        }
        if (owner.end() + 3 >= m.end())
            return m;
        String after = text.substring(owner.end(), owner.end() + 3);
        if (!after.equals("'s ") && !after.equals("\u2019s "))
            return m;
        String ownerName = text.substring(owner.start(), owner.end());
        String label = m.entity().label();
        String rest = label.startsWith(ownerName + after) ? label.substring(ownerName.length() + after.length()).strip() : null;
        if (rest == null || rest.isEmpty())
            return m;
        EntityType type = m.entity().type();
        Entity e = Entity.foundByPattern(type, rest, iris);
        return new Mention(e, owner.end() + 3, m.end(), m.confidence());
    }

    public int gazetteerSize() { return gazetteer.size(); }

    /** Whether a mention is a learnt recogniser's: its confidence is below every rule's. */
    public static boolean isLearnt(Mention m) {
        return m.confidence() <= LEARNT_MAX_CONFIDENCE;
    }

    /**
     * The mentions of a document's blocks, in the same order, each learnt name given the entity that a
     * rule (or an earlier learnt name) found for it elsewhere in the document ({@link LearntNameJoins}),
     * and each partner whose name is a programme's name with a head after it made a part of that
     * programme, a programme itself ({@link ProgrammeComponents}); last, a partner's or programme's
     * name without its complement, in any block, is the name given in full ({@link DocumentShortForms}), and an
     * acronym the document defines for a partner names it, not the reference's homonym ({@link DocumentAcronyms}), and a
     * short name given in quotes in brackets names the name before it in every later block ({@link DocumentOtherNames}); a
     * government named by its country's adjective, and a name with its modifiers before the head, are the partner the
     * document names with its country or head first ({@link AdjectiveGovernments}, {@link ReorderedNames}).
     */
    public static List<List<Mention>> joinedAcrossTheDocument(String text, List<List<Mention>> blocks) {
        return ReorderedNames.joined(AdjectiveGovernments.joined(DocumentOtherNames.joined(text, DocumentAcronyms.joined(text,
                DocumentShortForms.joined(ProgrammeComponents.retyped(LearntNameJoins.joined(text, blocks)))))));
    }
}
