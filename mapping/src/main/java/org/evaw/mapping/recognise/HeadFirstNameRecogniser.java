package org.evaw.mapping.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evaw.mapping.iri.IriMinter;

import static org.evaw.mapping.recognise.RomanceWords.afterElision;
import static org.evaw.mapping.recognise.RomanceWords.elided;
import static org.evaw.mapping.recognise.RomanceWords.elidedArticle;
import static org.evaw.mapping.recognise.RomanceWords.spaceOnly;
import static org.evaw.mapping.recognise.WordSpans.word;

/**
 * Finds partner organisations named in French, Spanish, Portuguese or Italian, whose names open
 * with their head noun and run on through small words: {@code Ministerio de la Mujer y Poblaciones
 * Vulnerables}, {@code Fiscalía General de la Nación}, {@code Ministère de la Promotion de la Femme
 * et de la Protection de l'Enfant}, {@code Association Tunisienne des Femmes Démocrates}. The name
 * is the head, its capitalised modifiers, and each complement led by a Romance connector ("de la",
 * "des", "para", "contra") whose words are capitalised, as names are; it ends before a connector
 * that leads on to the head of a second name ("y el Ministerio de …"). A head English shares
 * ("Commission", "Association") is read here only when a Romance connector follows it, so that
 * English names stay with {@link OrganisationPatternRecogniser}. Found by pattern: confidence below
 * reference.
 */
public final class HeadFirstNameRecogniser implements Recogniser {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+){0,6}");
    /** Heads found only in these languages. */
    private static final Set<String> HEADS = Set.of(
            "Ministerio", "Ministère", "Ministério", "Ministero", "Viceministerio", "Secretaría", "Secretaria",
            "Subsecretaría", "Secrétariat", "Fiscalía", "Procuraduría", "Procuradoria", "Defensoría", "Defensoria",
            "Policía", "Polícia", "Polizia", "Gendarmerie", "Gendarmería", "Instituto", "Institut", "Istituto",
            "Fundación", "Fondation", "Fundação", "Fondazione", "Asociación", "Associação", "Associazione",
            "Réseau", "Rede", "Centro", "Consejo", "Conseil", "Conselho", "Consiglio", "Comisión", "Comissão",
            "Comité", "Comitê", "Corte", "Cour", "Juzgado", "Universidad", "Université", "Universidade",
            "Università", "Dirección", "Direção", "Organización", "Organização", "Federación", "Fédération",
            "Confederación", "Confédération", "Movimiento", "Mouvement", "Movimento", "Alianza", "Coalición",
            // Portuguese's forums, coalitions and collectives: "o Fórum das Juventudes da Grande Belo Horizonte", "a Coalizão
            // Clima e Mobilidade Ativa", "a Articulação de Mulheres Brasileiras".
            "Fórum", "Coalizão", "Aliança", "Coletivo", "Articulação",
            "Coordinadora", "Colectivo", "Collectif", "Agencia", "Agence", "Servicio", "Serviço", "Unión",
            "Sindicato", "Syndicat", "Cámara", "Chambre", "Asamblea", "Assemblée", "Congreso", "Congresso", "Senado", "Sénat",
            "Parlamento", "Parlement", "Gobierno", "Gouvernement", "Governo", "Oficina", "Unidad", "Unité",
            "Alcaldía", "Mairie", "Municipalidad", "Prefeitura", "Gobernación",
            // Schools; French often leaves the accent off a capital ("l'Ecole de Gendarmerie de Bangui").
            "École", "Ecole", "Escuela", "Escola", "Scuola",
            // Oversight, registry and supervisory bodies of Spanish-speaking states.
            "Superintendencia", "Contraloría", "Registraduría", "Personería", "Comisaría", "Tesorería",
            "Commissariat", "Haut-Commissariat", "Generalitat", "Ajuntament", "Xunta", "Junta", "Stichting",
            // Round tables, platforms, forums and observatories that coordinate a sector: "la Mesa de Género de la
            // Cooperación Internacional", "la Plateforme des Femmes Leaders", "el Observatorio de Igualdad de Género".
            "Mesa", "Plataforma", "Plateforme", "Foro", "Observatorio", "Observatoire", "Observatório", "Consorcio",
            // Groupings and units of security forces: "le Groupement des Écoles de la Gendarmerie", "la Brigada de Protección
            // de la Familia".
            "Groupement", "Bataillon", "Batallón", "Batalhão", "Brigada", "Régiment", "Regimiento", "Escadron", "Escuadrón",
            // Units of police and justice, prosecution offices, clinics and shelters of French-speaking states: "la Cellule de
            // répression des violences sexuelles", "le Parquet de grande instance de Bukavu", "l'Auditorat militaire".
            "Cellule", "Parquet", "Auditorat", "Clinique", "Refuge", "Groupe", "Grupo",
            // Learned and professional societies and armed forces: "la Sociedad de Ginecología y Obstetricia de Honduras", "la
            // Fuerza Armada de El Salvador".
            "Sociedad", "Sociedade", "Società", "Fuerza", "Fuerzas", "Forças",
            // A state's departments: "el Departamento de Estado de los Estados Unidos", "le Département d'État".
            "Departamento", "Département",
            // Delegations of a government: "la Délégation interministérielle aux droits de l'Homme".
            "Délégation", "Delegación", "Delegação",
            // Ombudsman and human rights institutions: "la Institución del Procurador de los Derechos Humanos".
            "Institución", "Instituição",
            // Embassies, banks, cabinets and centres, regional communities and authorities, and the units of police and
            // prosecution: "la Embajada de Canadá en México", "el Banco de Desarrollo de América Latina", "o Gabinete de
            // Atendimento à Família", "o Núcleo de Enfrentamento ao Tráfico de Pessoas", "la Communauté économique des
            // États de l'Afrique de l'Ouest", "l'Autorité Monégasque de Sécurité Financière", "la Subdirección de
            // Investigación Criminal", "la Intendencia de Verificación Especial". (A faculty is named with its university,
            // "Facultad de … of the Universidad …", which the English reading finds whole.)
            "Embajada", "Embaixada", "Ambassade", "Banco", "Gabinete", "Núcleo",
            // Brazil's police stations for women: "a Delegacia Especializada de Atendimento à Mulher".
            "Delegacia", "Delegacias",
            "Communauté", "Comunidade", "Autorité", "Autoridad", "Autoridade", "Fiscalías", "Subdirección", "Intendencia",
            // Hospitals and clinics named head first, after a place or a person: "el Hospital Escuela", "el Hospital Santa
            // Teresa", "l'Hôpital Saint-Joseph". English puts "Hospital" last ("Panzi Hospital"), which the English reading finds.
            "Hospital", "Hôpital", "Clínica",
            // Shelters and special courts: "el Albergue Temporal Santa Rita", "o Abrigo Raio de Luz", "o Juizado Especial de
            // Violência Doméstica". ("Casa" is left out: it is a word inside names too, "La Casa del Encuentro".)
            "Albergue", "Abrigo", "Juizado",
            // Security forces: "la Sûreté nationale", "la Garde nationale", "la Guardia Civil", "a Guarda Nacional Republicana".
            "Sûreté", "Garde", "Guardia", "Guarda",
            // Social security funds, professional and learned colleges, companies and cooperatives: "la Caja de Seguro
            // Social", "El Colegio de la Frontera Norte", "el Colegio de Abogados", "la Empresa Nacional de …".
            "Caja", "Caixa", "Colegio", "Colégio", "Empresa", "Cooperativa",
            // Portuguese-speaking states' bar and professional orders: "a Ordem dos Advogados da Guiné-Bissau".
            "Ordem",
            // Divisions, managements, headquarters and coordination offices of ministries, police and municipalities: "la División
            // de Investigación de Delitos de Alta Tecnología", "la Gerencia de la Mujer e Igualdad", "la Coordinación Nacional de …".
            "División", "Divisão", "Gerencia", "Subgerencia", "Jefatura", "Coordinación", "Coordenação", "Coordenadoria",
            // The head office of a prosecution service or a state: "la Présidence du ministère public", "la Presidencia de la República".
            "Présidence", "Presidencia", "Presidência");
    /**
     * Heads of security forces, whose name may be the head and one lowercase adjective alone: "la Gendarmerie royale", "la
     * Police nationale", "la Sûreté nationale" (other heads with an adjective alone name a kind of body: "Commission nationale").
     */
    private static final Set<String> FORCE_HEADS = Set.of("Gendarmerie", "Police", "Sûreté", "Garde", "Policía", "Polícia",
            "Guardia", "Guarda");
    /**
     * Heads of programmes' and projects' names in these languages: "Proyecto PASS", "Programme de relance et de
     * développement du monde rural", "Projet d'appui à l'intensification …". A name under one is a programme.
     */
    private static final Set<String> PROGRAMME_HEADS = Set.of("Programa", "Programas", "Projet", "Proyecto", "Projeto",
            "Progetto", "Campagne", "Campaña", "Campanha", "Iniciativa",
            // Funds and trust funds: "le Fonds fiduciaire d'urgence de l'Union européenne pour l'Afrique", "el Fondo Fiduciario …".
            "Fonds", "Fondo", "Fundo",
            // A label or week a programme awards or holds: "el Sello de Igualdad de Género", "la Semana Nacional de Mobilização".
            "Sello", "Selo", "Semana");
    /**
     * A programme's head and only an adjective every programme may carry: "Programa Conjunto", "Projet régional". (A fund
     * so named is an organisation: "el Fondo Mundial".)
     */
    private static final Pattern GENERIC_PROGRAMME = Pattern.compile("(?:Programas?|Programme|Projet|Proyecto|Projeto|Progetto|Campagne|Campa\u00F1a|Campanha|Iniciativa)"
            + "\\s(?i:conjunt[oa]s?|conjointe?s?|r\u00E9gionale?s?|regional(?:es)?"
            + "|national(?:e|es)?|nacional(?:es)?|pilote?s?|piloto|global(?:es)?|mundial(?:es)?|mondiale?s?)");
    /**
     * A working, thematic or inter-agency group named head first ("le Groupe de travail sur les violences faites aux femmes",
     * "el Grupo de Trabajo para Refugiados y Migrantes", "la Mesa Interagencial de Género", "le Réseau inter agences sur les
     * femmes …"): a coordination mechanism its members sit in, counted as a programme, as the English "Working Group on …" is
     * ({@link OrganisationPatternRecogniser#isCoordinationGroup}). A group of civil society ("Grupo de Trabajo de la Sociedad
     * Civil …") or a state's standing body ("Grupo de Trabajo Multisectorial Permanente …", a "Mesa Intersectorial") is not.
     */
    private static final Pattern COORDINATION_GROUP = Pattern.compile(
            "(?i:groupe|grupo)\\s(?:(?i:de\\stravail|de\\strabajo|de\\strabalho)(?!\\s(?i:multisectorial|intersectorial|permanente|de\\sla\\ssociedad|de\\sla\\ssociedade|de\\sla\\ssoci\u00E9t\u00E9))"
                    + "|(?i:th\u00E9matique|tem\u00E1tico|interagences?|inter-agences?|inter\\sagences?|interagencial|interag\u00EAncias|de\\scoordination|de\\scoordinaci\u00F3n|de\\scoordena\u00E7\u00E3o))\\b.*"
                    + "|(?i:mesa|red|r\u00E9seau|rede|comit\u00E9|equipo|\u00E9quipe)\\s(?i:interagencial|interagences?|inter-agences?|inter\\sagences?|interag\u00EAncias)\\b.*");
    /** A programme head that is English too: read as Romance only before a Romance connector, as the shared heads are. */
    private static final Set<String> SHARED_PROGRAMME_HEADS = Set.of("Programme");
    /**
     * Heads that English writes last, after the name's other words ("Federal Neuropsychiatric Hospital
     * Maiduguri"): read head first only when no capitalised word comes just before them.
     */
    private static final Set<String> ENGLISH_LAST_HEADS = Set.of("Hospital");
    /** "the United Nations system" in French, Spanish and Portuguese. */
    private static final Pattern UN_SYSTEM = Pattern.compile(
            "(?i:sistema|système|systeme)\\s+(?:de\\s+las|des|das|de\\s+las)\\s+(?:Naciones\\s+Unidas|Nations\\s+Unies|Nações\\s+Unidas)");
    private static final Pattern SYSTEM_LAST = Pattern.compile("(?i:sistema|système|systeme)$");
    private static final Pattern UN_AFTER = Pattern.compile("\\s+(?:de\\s+las|des|das)\\s+(?:Naciones\\s+Unidas|Nations\\s+Unies|Nações\\s+Unidas)");
    /** "the United Nations" in French, Spanish, Portuguese and Italian. */
    private static final Pattern UNITED_NATIONS = Pattern.compile("Nations\\s+Unies|Naciones\\s+Unidas|Nações\\s+Unidas|Nazioni\\s+Unite");
    /** Heads that are English words too ("Red Cross"), read as Romance only before a Romance connector. */
    private static final Set<String> SHARED_HEADS = Set.of("Red", "Tribunal", "Brigade",
            "Association", "Commission", "Direction", "Union", "Alliance", "Coalition", "Centre", "Service",
            "Organisation", "Institute", "Federation", "Agency", "Council", "Office", "Bureau",
            // "Forces de Sécurité du Mali", "Police nationale du Mali".
            "Forces", "Police", "Forum", "Inspection");
    /** Words before a head that belong to the name: "Haut Conseil", "Alto Comisionado", "Gran Consejo". */
    private static final Set<String> LEADING = Set.of("Haut", "Haute", "Alto", "Alta", "Gran", "Grand", "Grande");
    /** Connectors that lead a complement: prepositions, contracted with their article or not. */
    private static final Set<String> CONNECTORS = Set.of(
            "de", "del", "des", "du", "da", "do", "das", "dos", "di", "della", "dei", "delle", "pour", "para",
            "por", "pela", "pelo", "contra", "contre", "sur", "sobre", "en", "em", "à", "au", "aux", "al", "per",
            // "… Seguridad Ciudadana con Perspectiva de Equidad de Género": a manner named in the title.
            "con",
            // Portuguese contractions of "a" and "em" with the article: "… sobre Prevenção ao Crime e à Violência".
            "ao", "aos", "às", "na", "no", "nas", "nos");
    /** Connectors that, after a comma, say where: the name has ended. */
    private static final Set<String> LOCATIVES = Set.of("en", "em", "à", "a", "au", "aux", "na", "no", "nas", "nos");
    /**
     * Connectors that, after a comma or a join, say by whom: "organizado pelo Movimento Nossa BH, pela BH em Ciclo … e pela
     * Coalizão …" lists the organisers, each a name of its own; inside a name they stay ("Movimento pela Paz").
     */
    private static final Set<String> AGENTS = Set.of("pelo", "pela", "pelos", "pelas", "por", "par");
    /** Words that join two parts of one complement: "de la Mujer y Poblaciones Vulnerables". */
    private static final Set<String> JOINS = Set.of("y", "e", "et", "i");
    private static final Set<String> ARTICLES = Set.of("la", "las", "los", "el", "le", "les", "il", "lo", "a", "o", "as", "os");
    /** Longest run of words a name is read over ("la Oficina de Rescate y Acompañamiento … del Ministerio de Justicia y Derechos Humanos" has 21). */
    private static final int MAX_NAME_WORDS = 28;

    private final IriMinter iris;

    public HeadFirstNameRecogniser(IriMinter iris) {
        this.iris = iris;
    }

    /** Heads written in lowercase before a capitalised complement: "le ministère de la Justice", "el ministerio de Salud". */
    private static final Set<String> LOWERCASE_HEADS = Set.of("ministère", "ministerio", "ministério", "ministero");
    /**
     * Town halls, courts and prosecution offices, which running text writes in lowercase before the place they serve: "la
     * mairie de Sebkha", "le tribunal de première instance de Jacmel", "a prefeitura de Maceió", "la alcaldía de Medellín".
     * Without a capitalised word the words name a kind of body ("le tribunal de la ville"), so a name under one of these must
     * end with one. Not "préfecture", which West African French uses for the territory too ("dans la préfecture de Forécariah").
     */
    private static final Set<String> LOWERCASE_PLACE_HEADS = Set.of("mairie", "tribunal", "parquet", "prefeitura",
            "alcaldía", "gobernación", "municipalidad",
            // A state's embassy, named by its country: "l'ambassade de Norvège", "l'ambassade de Madagascar au Koweït".
            "ambassade", "embajada", "embaixada");
    /**
     * Adjectives that Romance languages write after a head English shares, capitalised, and English spells otherwise (so
     * that no English name reads so): "Tribunal Supremo", "Tribunal Constitucional", "Commission Nationale".
     */
    private static final Pattern ROMANCE_CAPITAL_ADJECTIVE = Pattern.compile(
            "Suprem[oa]|Supérieure?|Constitucional|Constitutionnel(?:le)?|Nacional|Nationale|Régionale?|Militar|Militaire"
                    + "|Pénale?|Électorale?|Administrativ[oa]|Administrati(?:f|ve)|Especial|Spéciale?|Departamental");

    /** Whether a name holds "the United Nations" in French, Spanish, Portuguese or Italian: a UN office's or programme's. */
    static boolean namesTheUnitedNations(String name) {
        return UNITED_NATIONS.matcher(name).find();
    }

        /** Whether a word opens an organisation's name in one of these languages: the acronym reader asks. */
    static boolean isHead(String word) {
        return HEADS.contains(word) || SHARED_HEADS.contains(word);
    }

    /** Whether a word opens a programme's name in one of these languages: "Programme de relance …", "Proyecto …". */
    static boolean isProgrammeHead(String word) {
        return PROGRAMME_HEADS.contains(word) || SHARED_PROGRAMME_HEADS.contains(word);
    }

    @Override
    public List<Mention> find(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find())
            words.add(new int[] {m.start(), m.end()});
        List<Mention> found = new ArrayList<>();
        int h = 0;
        while (h < words.size()) {
            String head = word(text, words.get(h));
            // "de l'École Nationale …": the elided article is not part of the name; so at a sentence's start, "L'Association …".
            boolean opening = sentenceStartArticle(head) && sentenceStart(text, words.get(h)[0]);
            boolean elidedHead = (elided(head) || opening)
                    && (isHead(head.substring(2)) || elided(head) && LOWERCASE_PLACE_HEADS.contains(head.substring(2)));
            if (elidedHead)
                head = head.substring(2);
            // "a Procuradoria-Geral da República": a head joined to its adjective by a hyphen.
            head = headWord(head);
            boolean shared = SHARED_HEADS.contains(head) || SHARED_PROGRAMME_HEADS.contains(head);
            // French typography writes a ministry's head in lowercase: "le ministère de la Justice".
            boolean lowercase = LOWERCASE_HEADS.contains(head);
            boolean lowercasePlace = LOWERCASE_PLACE_HEADS.contains(head);
            boolean programme = PROGRAMME_HEADS.contains(head) || SHARED_PROGRAMME_HEADS.contains(head);
            if (!HEADS.contains(head) && !shared && !lowercase && !lowercasePlace && !programme
                    || ENGLISH_LAST_HEADS.contains(head) && h > 0 && spaceOnly(text, words, h - 1, h)
                            && Character.isUpperCase(word(text, words.get(h - 1)).codePointAt(0))) {
                h++;
                continue;
            }
            // A name in title case, or in sentence case ("Comité national de lutte contre la traite des personnes"): the longer.
            int right = Math.max(extendRight(text, words, h), SentenceCaseNames.end(text, words, h));
            boolean forceAndAdjective = right <= h + 1 && FORCE_HEADS.contains(head) && h + 1 < words.size()
                    && spaceOnly(text, words, h, h + 1) && HEAD_ADJECTIVE.matcher(word(text, words.get(h + 1))).matches();
            // "le Gouvernement gabonais", "el Gobierno mexicano", "o Governo angolano": a government named by its people's adjective.
            boolean governmentAndPeople = right <= h + 1 && GOVERNMENT_HEADS.contains(head) && h + 1 < words.size()
                    && spaceOnly(text, words, h, h + 1) && GOVERNMENT_ADJECTIVE.matcher(word(text, words.get(h + 1))).matches();
            if (forceAndAdjective || governmentAndPeople)
                right = h + 1;
            else if (shared && !romanceConnectorAfterModifiers(text, words, h, right) && romanceAdjectiveAfterHead(text, words, h, right))
                right = adjectivesEnd(text, words, h + 1); // "do Tribunal Supremo João Pedro Fuantoni": a person's name may follow
            else if (right == h || shared && !romanceConnectorAfterModifiers(text, words, h, right)
                    || lowercasePlace && !endsCapitalised(text, words, right)) {
                h++;
                continue;
            }
            int left = h;
            if (h > 0 && spaceOnly(text, words, h - 1, h) && LEADING.contains(word(text, words.get(h - 1))))
                left = h - 1;
            int start = elidedHead ? words.get(h)[0] + 2 : words.get(left)[0];
            int end = words.get(right)[1];
            String label = text.substring(start, end).replaceAll("\\s+", " ");
            // "Programa das Nações Unidas para …": a UN programme's name in another language is a UN entity's, no programme.
            // "la Coordinación de los programas conjuntos del Sistema de las Naciones Unidas": a unit of the UN system, no partner.
            // (The system's name may be read apart from the unit's: "… del Sistema" and "de las Naciones Unidas" right after it.)
            boolean unSystem = UN_SYSTEM.matcher(label).find() || SYSTEM_LAST.matcher(label).find()
                    && UN_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt();
            // "el Programa Conjunto “Promoviendo el Cambio en Paz”": a programme's head and a generic adjective name no programme;
            // its title does.
            // "le Bureau Conjoint des Nations Unies aux Droits de l'Homme": a UN office, no partner.
            if (UNITED_NATIONS.matcher(label).find() || !programme && unSystem
                    || programme && GENERIC_PROGRAMME.matcher(label).matches()) {
                h = right + 1;
                continue;
            }
            if (COORDINATION_GROUP.matcher(label).matches())
                programme = true;
            Entity e = Entity.foundByPattern(programme ? EntityType.PROGRAMME : EntityType.PARTNER, label, iris);
            found.add(new Mention(e, start, end, OrganisationPatternRecogniser.CONFIDENCE));
            h = right + 1;
        }
        return found;
    }

    /** The last word of the name whose head is at {@code h}: {@code h} itself if nothing follows that belongs to it. */
    private static int extendRight(String text, List<int[]> words, int h) {
        int right = h;
        // A ministry's fields after its first capitalised one may be in lower case, as official sentence case writes them.
        boolean ministry = LOWERCASE_HEADS.contains(word(text, words.get(h)).toLowerCase(Locale.ROOT));
        int k = h + 1;
        // French and Spanish may write the adjective after the head in lowercase: "Police nationale du Mali", and a
        // people's adjective too, one or two: "l'Union congolaise des Femmes des Médias", "la Commission nationale
        // camerounaise pour l'UNESCO".
        int adjectives = 0;
        while (adjectives < 2 && k + adjectives + 1 < words.size() && spaceOnly(text, words, k + adjectives - 1, k + adjectives)
                && isHeadAdjective(word(text, words.get(k + adjectives))))
            adjectives++;
        // Not before a place's connector ("l'Union européenne au Maroc"), nor a people's adjective before a lowercase
        // complement ("l'Agence suédoise de développement international", a sentence-case name read below).
        boolean peoples = adjectives > 0 && PEOPLES_ADJECTIVE.matcher(word(text, words.get(k + adjectives - 1))).matches();
        if (adjectives > 0 && k + adjectives < words.size() && spaceOnly(text, words, k + adjectives - 1, k + adjectives)
                && CONNECTORS.contains(word(text, words.get(k + adjectives)))
                && !(peoples && (LOCATIVES.contains(word(text, words.get(k + adjectives))) || !capitalisedAfter(text, words, k + adjectives)))) {
            right = k + adjectives - 1;
            k += adjectives;
        }
        // Capitalised modifiers: "Policía Nacional", "Association Tunisienne"; not a number's sign ("Resolución de Gabinete N° 78").
        while (k < words.size() && k - h < MAX_NAME_WORDS && spaceOnly(text, words, k - 1, k)
                && isContent(word(text, words.get(k))) && !isHead(word(text, words.get(k))) && !numberSign(text, words.get(k))) {
            right = k;
            k++;
        }
        while (k < words.size() && k - h < MAX_NAME_WORDS) {
            String w = word(text, words.get(k));
            String lower = w.toLowerCase(Locale.ROOT);
            // Spanish "a" before an article is a preposition ("Apoyo a los Gobiernos Locales"); alone it may be Portuguese's article,
            // except between two capitalised words of the name ("Unidad de Atención a Víctimas y Testigos").
            boolean connector = CONNECTORS.contains(w) || elided(w) && (lower.startsWith("d") || lower.startsWith("l"))
                    // "… des Personnes Vivant avec le VIH", "… Vivendo com HIV": "with" after "living" leads the name on.
                    || RomanceWords.livingWith(word(text, words.get(k - 1)), w)
                    || w.equals("a") && k + 1 < words.size() && (OBJECT_ARTICLES.contains(word(text, words.get(k + 1)))
                            || isContent(word(text, words.get(k - 1))) && isContent(word(text, words.get(k + 1)))
                                    && !isHead(word(text, words.get(k + 1))));
            boolean join = JOINS.contains(w);
            boolean afterComma = text.substring(words.get(k - 1)[1], words.get(k)[0]).strip().equals(",");
            // A comma may part the complements of one name: "Ministère de la Femme, de la Famille et de l'Enfance".
            // But not a place after a comma: "la Secretaría de Gobernación, en la Ciudad de México, …".
            // Nor an article alone after a comma, which opens the sentence's next noun: "… du Développement social, l'Ouganda a …".
            boolean comma = afterComma && connector && !LOCATIVES.contains(w) && !AGENTS.contains(w)
                    && !(elided(w) && lower.startsWith("l"));
            // Or the items of a list the complement ends with "y": "en Democracia, Paz y Seguridad".
            boolean listItem = afterComma && !connector && !join && isContent(w) && !isHead(w) && listEndsAhead(text, words, k);
            // A verb's object after its article: "para Prevenir y Erradicar la Violencia contra las Mujeres".
            boolean object = OBJECT_ARTICLES.contains(w) && spaceOnly(text, words, k - 1, k) && k + 1 < words.size()
                    && spaceOnly(text, words, k, k + 1) && isContent(word(text, words.get(k + 1))) && !isHead(word(text, words.get(k + 1)));
            if (!spaceOnly(text, words, k - 1, k) && !comma && !listItem || !connector && !join && !listItem && !object)
                break;
            // "… Congresso Nacional e o Itamaraty": Portuguese joins a name's complements with a contraction ("e da", "e dos");
            // "e" and a bare article lead on to another name.
            if (w.equals("e") && k + 1 < words.size() && PORTUGUESE_ARTICLES.contains(word(text, words.get(k + 1))))
                break;
            if (join && k + 1 < words.size() && AGENTS.contains(word(text, words.get(k + 1))))
                break;
            // "… de la Protection de la petite enfance à Bakara", "el ministerio en la Comisión …": after a ministry's name
            // that ends in lower case, a place's connector says where, as a programme's title may not ("… en Afrique de l'Ouest").
            if (ministry && LOCATIVES.contains(w) && Character.isLowerCase(afterElision(word(text, words.get(right))).codePointAt(0)))
                break;
            // "… à Delegacia da Mulher e Família e aos Centros Integrais …": a join before "to the" leads on to the verb's
            // next object, another name; unless the name's own complement opened so ("Prevenção ao Crime e à Violência").
            if (JOINS.contains(w) && k + 1 < words.size() && DATIVES.contains(word(text, words.get(k + 1))) && !anyOf(DATIVES, text, words, h, k))
                break;
            // Past the connector and its article, capitalised words make the complement.
            int c = listItem ? k : elided(w) ? k : k + 1;
            if (c < words.size() && c > k && ARTICLES.contains(word(text, words.get(c))) && spaceOnly(text, words, k, c))
                c++;
            if (c < words.size() && c > k && CONNECTORS.contains(word(text, words.get(c))) && spaceOnly(text, words, c - 1, c))
                c++; // "de la" and "à la", "de los"
            if (c < words.size() && c > k && ARTICLES.contains(word(text, words.get(c))) && spaceOnly(text, words, c - 1, c))
                c++;
            if (c >= words.size() || c > k && !spaceOnly(text, words, c - 1, c))
                break;
            String first = word(text, words.get(c));
            if (!(c == k ? isContent(afterElision(first)) : isContent(first) || ministry && right > h && isField(first)))
                break;
            // "le ministère de la Justice et l'INLTCP", "el Ministerio de Salud del Perú y la OPS": an acronym after "et" or "y"
            // and an article is a second name, unless it pairs with an acronym before ("contra el VIH y el SIDA").
            if (join && !Acronyms.is(word(text, words.get(k - 1)))
                    && (c == k + 1 && elided(first) && Acronyms.is(afterElision(first)) || c > k + 1 && Acronyms.is(first)))
                break;
            // "… de Salud y el Ministerio de Educación": a second name begins.
            // "…, des Forces de Défense du Niger": after a comma too, a head begins a second name.
            // So after "et" and an elided article: "… Foyer St Camille et l'Hôpital St Luc".
            if ((join || comma) && isHead(headWord(c == k || elided(first) ? afterElision(first) : first)))
                break;
            // "la alianza de la Unión Europea y las Naciones Unidas": the United Nations after a join is a second name.
            if (join && UNITED_NATIONS.matcher(text).region(words.get(c)[0], text.length()).lookingAt())
                break;
            int last = c;
            int j = c + 1;
            while (j < words.size() && j - h < MAX_NAME_WORDS && spaceOnly(text, words, j - 1, j)
                    && (isContent(word(text, words.get(j))) || ministry && isField(word(text, words.get(j))))
                    && !isHead(word(text, words.get(j)))) {
                last = j;
                j++;
            }
            // "ministère des Affaires sociales", "de la Promotion féminine", "de la Protection civile": French writes the
            // adjective after a complement's noun in lowercase.
            if (j < words.size() && spaceOnly(text, words, j - 1, j) && FRENCH_ADJECTIVE.matcher(word(text, words.get(j))).matches()) {
                last = j;
                j++;
            }
            right = last;
            k = j;
        }
        return right;
    }

    private static final java.util.regex.Pattern HEAD_ADJECTIVE = java.util.regex.Pattern.compile(
            "nationale?|nacional|nazionale|royale?|real|judiciaire|judicial|judiciária|r[ée]gionale?|regional|g[ée]n[ée]rale?|general|f[ée]d[ée]rale?|federal|sup[ée]rieure?|superior|municipale?|municipal");
    private static final Set<String> GOVERNMENT_HEADS = Set.of("Gouvernement", "Gobierno", "Governo");
    /**
     * A country's adjective in the masculine, as French, Spanish and Portuguese write it after "Gouvernement", "Gobierno",
     * "Governo": "gabonais", "haïtien", "guinéen", "mexicano", "español", "brasileiro", "costarricense", "português".
     */
    private static final java.util.regex.Pattern GOVERNMENT_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{Ll}{3,20}(?:ais|ien|\u00E9en|ois|ain|ano|eiro|ense|\u00EAs|ol|e\u00F1o|ino|ique)|burkinab\u00E8");
    /** Adjectives of a people or a country, as French writes them in lowercase: "congolaise", "camerounaise", "malienne". */
    private static final java.util.regex.Pattern PEOPLES_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{Ll}{3,20}(?:aises?|iennes?|éennes?|oises?|aines?)|burkinabè");

    /** Whether the first word after the connector at {@code c} (and its article) is capitalised. */
    private static boolean capitalisedAfter(String text, List<int[]> words, int c) {
        int i = c + 1;
        if (i < words.size() && ARTICLES.contains(word(text, words.get(i))))
            i++;
        String connector = word(text, words.get(c));
        if (elided(connector))
            return isContent(afterElision(connector));
        return i < words.size() && isContent(word(text, words.get(i)));
    }

    private static boolean isHeadAdjective(String w) {
        return HEAD_ADJECTIVE.matcher(w).matches() || PEOPLES_ADJECTIVE.matcher(w).matches();
    }

    /** Including the masculine in "-al" ("du Développement social") and "suprême" ("du Procureur populaire suprême"). */
    private static final java.util.regex.Pattern FRENCH_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{Ll}{2,20}(?:al|ales?|aux|[eè]res?|iques?|elles?|aires?|ieures?|i[eè]res?|ines?|iles?|ains?)|suprêmes?");

    /** Portuguese's definite articles, which its names' complements contract with the preposition ("da", "dos") instead. */
    private static final Set<String> PORTUGUESE_ARTICLES = Set.of("o", "a", "os", "as");
    /** Whether any of words {@code (h, k)} is one of {@code set}. */
    private static boolean anyOf(Set<String> set, String text, List<int[]> words, int h, int k) {
        for (int i = h + 1; i < k; i++)
            if (set.contains(word(text, words.get(i))))
                return true;
        return false;
    }

    /** "To" and "to the" in Portuguese, Spanish and French, which no name's complement opens after a join. */
    private static final Set<String> DATIVES = Set.of("ao", "aos", "à", "às", "al", "au", "aux");

    /** Spanish and French articles that may open a verb's object inside a name; not Portuguese "a", "o", also English and Spanish words. */
    private static final Set<String> OBJECT_ARTICLES = Set.of("la", "las", "los", "el", "le", "les");

    /** Whether the capitalised words from {@code k} on, parted by commas, end a list with "y" (or "e", "et", "i") and a capitalised word. */
    private static boolean listEndsAhead(String text, List<int[]> words, int k) {
        for (int j = k + 1; j < words.size() && j - k <= 8; j++) {
            String w = word(text, words.get(j));
            String gap = text.substring(words.get(j - 1)[1], words.get(j)[0]).strip();
            if (!gap.isEmpty() && !gap.equals(","))
                return false;
            if (JOINS.contains(w)) {
                // "Primaire, Secondaire et de la Formation Professionnelle": the last item may take its connector and article.
                int c = j + 1;
                while (c < words.size() && c - j <= 3 && spaceOnly(text, words, c - 1, c)
                        && (CONNECTORS.contains(word(text, words.get(c))) || ARTICLES.contains(word(text, words.get(c)))))
                    c++;
                String next = c < words.size() ? word(text, words.get(c)) : "";
                return gap.isEmpty() && c < words.size() && spaceOnly(text, words, c - 1, c)
                        && (isContent(next) || elided(next) && isContent(afterElision(next)));
            }
            if (!isContent(w) || isHead(w))
                return false;
        }
        return false;
    }

    /** Whether, after the head and its capitalised modifiers, a Romance connector opens the complement. */
    private static boolean romanceConnectorAfterModifiers(String text, List<int[]> words, int h, int right) {
        for (int k = h + 1; k <= right; k++) {
            String w = word(text, words.get(k));
            if (CONNECTORS.contains(w) || JOINS.contains(w) || elided(w))
                return k > h + 1 || !w.equals("en") && !w.equals("per") && !w.equals("a");
        }
        return false;
    }

    /** The head of a hyphenated head and its adjective: "Procuradoria-Geral" is a "Procuradoria". */
    private static String headWord(String w) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && isHead(w.substring(0, hyphen)) ? w.substring(0, hyphen) : w;
    }

    /** Whether the word after a shared head is a Romance adjective in capitals: "Tribunal Supremo" is no English name. */
    private static boolean romanceAdjectiveAfterHead(String text, List<int[]> words, int h, int right) {
        return right > h && spaceOnly(text, words, h, h + 1) && ROMANCE_CAPITAL_ADJECTIVE.matcher(word(text, words.get(h + 1))).matches();
    }

    /** A capitalised demonym after a Romance adjective: "Police Nationale Congolaise", "Policía Nacional Hondureña". */
    private static final Pattern CAPITAL_DEMONYM = Pattern.compile(
            "\\p{Lu}\\p{Ll}{2,20}(?:aises?|iennes?|oises?|ais|ois|ana|ano|ense|eña|eño)");

    /** The last of the capitalised adjectives from word {@code k}: the Romance adjective, and a demonym after it. */
    private static int adjectivesEnd(String text, List<int[]> words, int k) {
        while (k + 1 < words.size() && spaceOnly(text, words, k, k + 1)
                && CAPITAL_DEMONYM.matcher(word(text, words.get(k + 1))).matches())
            k++;
        return k;
    }

    /** Whether the name's last word is capitalised: a place or proper name ends it ("la mairie de Sebkha"). */
    private static boolean endsCapitalised(String text, List<int[]> words, int right) {
        return Character.isUpperCase(word(text, words.get(right)).codePointAt(0));
    }

    /** "N°", "Nº", "No." before a number: the sign that a number follows, no word of a name. */
    private static boolean numberSign(String text, int[] span) {
        String w = word(text, span);
        return (w.equals("N") || w.equals("No") || w.equals("Nr")) && span[1] < text.length()
                && "°º.".indexOf(text.charAt(span[1])) >= 0;
    }

    /** Whether {@code at} opens the text or a sentence: only white space since a full stop, or nothing before. */
    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)))
            i--;
        return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '\n';
    }

    /** A capitalised elided article, as a sentence opens with it: "L'Association", "L’Office". */
    private static boolean sentenceStartArticle(String w) {
        return elidedArticle(w) && w.charAt(0) == 'L';
    }

    /** Fields of a ministry that its name may write in lower case (words/ministry-fields.txt). */
    private static final Set<String> MINISTRY_FIELDS = WordList.of("ministry-fields");

    private static boolean isField(String w) {
        return MINISTRY_FIELDS.contains(w);
    }

    /** A capitalised word or a number-led name ("3N"): the words of a name. */
    private static boolean isContent(String w) {
        if (w.isEmpty())
            return false;
        int c = w.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c) || elided(w) && Character.isUpperCase(w.charAt(2));
    }
}
