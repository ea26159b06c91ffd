package org.evaw.mapping.extract;

import java.nio.file.Path;
import java.util.Map;

import org.evaw.mapping.learn.NameRecognition;

/** The development split, {@code eval/dev}: the mapper is tuned on it. */
class DevSetGoldTest extends SplitGoldTest {
    @Override Path split() { return Path.of("../eval/dev"); }

    @Override int documents() { return 1358; }

    /**
     * The rules alone: the learnt names (the mapper's default since session 28) are trained on this very split, so their
     * figures here say nothing of unseen text; the floors guard the rules, which are tuned on it.
     */
    @Override NameRecognition recognition() { return NameRecognition.RULES; }

    /**
     * Measured with {@code bin/evaw-kg eval --gold eval/dev/gold --corpus eval/dev} after the prose
     * rules of branch prose3, 37 documents: agencies 0.996, countries 0.992, resolutions 1.000,
     * programmes 0.958, partners 0.939, periods 0.995, overall 0.979 (before them, with the six prose
     * documents added last and annotated before any run: partners 0.898, overall 0.964); see EVALUATION.md.
     * With the ten documents of branches annotA and annotB added, annotated before any run, 47
     * documents: countries 0.990, programmes 0.930, partners 0.900, periods 0.984, overall 0.964,
     * interventions 0.883: the floors are set under them until rules learnt on them are merged.
     * After the rules of branch rules6 (UN system coverage, general partner and programme shapes,
     * dated clauses), 47 documents: agencies 0.996, countries 0.990, resolutions 1.000, programmes
     * 0.974, partners 0.953, periods 0.996, overall 0.983, subjects 0.981, interventions 0.884.
     * With the twenty documents of branches annotC (UNAMA, UNVMC, UNOCT, UNDRR, UNIFIL, UNOCA, UNRCCA,
     * UNSSC, UNITAMS, UNCTAD) and annotD (IMO, ITC, OVRA, UNDSS, UN Global Compact, UNOV, UNOG, UPU,
     * IAEA, the SEA Special Coordinator) added, annotated before any run, 67 documents: agencies 0.992,
     * countries 0.992, resolutions 1.000, programmes 0.915, partners 0.888, periods 0.982, overall 0.960,
     * subjects 0.978, interventions 0.885 (`bin/evaw-kg eval --gold eval/dev/gold --corpus eval/dev`):
     * the floors are set just under them. After the general name rules of branch rules7 (session 7), 67
     * documents: agencies 0.997, countries 0.992, resolutions 1.000, programmes 0.956, partners 0.941,
     * periods 0.982, overall 0.977, subjects 0.978, interventions 0.885. With the twenty documents of
     * branches annotE (PAHO, UNDEF, OIOS, UNFCCC, UNCDF, UNMAS, UNOSSC) and annotF (MINUSTAH, UNOCI,
     * UNMIT, UNMEE, UNISFA, OSRSG-CAAC, UNMIS, MINURCAT, UNSOA) added, annotated before any run and
     * held out from rules7, 87 documents: agencies 0.981, countries 0.986, resolutions 0.988,
     * programmes 0.899, partners 0.876, periods 0.969, overall 0.949, subjects 0.975, interventions
     * 0.860. After rules8 (UN system chart entities, units of a UN entity, owned coordination groups),
     * 87 documents: agencies 0.987, countries 0.986, resolutions 0.988, programmes 0.902, partners
     * 0.888, periods 0.973, overall 0.954, subjects 0.978, interventions 0.870: the floors are set
     * just under them. With the ten documents of branch annotG (session 8: UNFICYP, MINURSO, UNODC's
     * GLO.ACT, UNIDIR, UNCCD, OSESG-GL, OSAPG, UNOAU, UNSCOL, UNOOSA) added, annotated before any run,
     * and the rules written after them, 97 documents: agencies 0.993, countries 0.986, resolutions
     * 0.989, programmes 0.888, partners 0.885, periods 0.972, overall 0.953, subjects 0.979,
     * interventions 0.858 (the 87 before as they were): the floors of programmes and interventions
     * are lowered under what the harder set gives, the others hold. With the eight documents of branch
     * annotH (session 8, second round: UNMIBH, OSE-Syria, OSESGY, UNIOSIL/UNIPSIL, ONUB/OSESG-B, DFS,
     * UNSCO, UNTAET/UNMISET) added, annotated and committed before any run, and annotH's rules (coordinated
     * complements without a serial comma, a government's complement ending at its country, advisory groups
     * the work sets up as programmes, "the All … Association"), 105 documents: agencies 0.992, countries
     * 0.985, resolutions 0.990, programmes 0.877, partners 0.884, periods 0.969, overall 0.950, subjects
     * 0.975, interventions 0.852 (the 97 before as they were, but UNCDF's better): the new documents' programmes
     * and interventions are harder than the set's, so those floors, and the overall one, go under them.
     * With the eight documents of annotI (session 9: UNITAD, IIMM, ICTY, ICTR, CEB, OSRSG-VAC, UNAKRT,
     * BNUB), annotated before any run, main's mapper unchanged, 113 documents: agencies 0.986, countries
     * 0.985, resolutions 0.971, programmes 0.863, partners 0.861, periods 0.960, overall 0.939, subjects
     * 0.968, interventions 0.841 (the 105 before as they were): the floors of resolutions, programmes,
     * partners, periods and overall go just under them until rules learnt on the eight are merged.
     * With the eight documents of annotJ (session 9: UNAMSIL, MINUGUA, UNAOC, DCO, UNMIN, SCBD, IMF,
     * OSGEY), annotated and committed before any run, main's mapper unchanged, 121 documents: agencies
     * 0.983, countries 0.985, resolutions 0.973, programmes 0.837, partners 0.851, periods 0.947,
     * overall 0.930, subjects 0.967, interventions 0.830 (the 113 before as they were): the floors of
     * agencies, programmes, partners, periods, overall and interventions go just under them.
     * With the ten documents of annotK (session 10: UNTAC, UNOMIG, UNPOS, the MPTF Office twice, MICIVIH,
     * the IIIM twice, ONUMOZ, the Ethics Office), annotated and committed before any run, main's mapper
     * unchanged, 131 documents: agencies 0.989, countries 0.989, resolutions 0.975, programmes 0.850,
     * partners 0.867, periods 0.991, overall 0.944, subjects 0.967, interventions 0.822 (the ten alone:
     * programmes 0.757, partners 0.781, interventions 0.667): only the interventions floor goes under them.
     * With the ten documents of annotL (session 11: UNDP Papua New Guinea twice, MONUC, UNIPSIL, UN-Habitat,
     * a PBF project, UNDP Sierra Leone, the Spotlight Initiative three times), chosen for their named
     * programmes and partners, annotated and committed before any run, main's mapper unchanged, 141
     * documents: agencies 0.988, countries 0.989, resolutions 0.977, programmes 0.855, partners 0.879,
     * periods 0.991, overall 0.947, subjects 0.965 (0.9647), interventions 0.828 (the ten alone: programmes
     * 0.714, partners 0.750, overall 0.871): only the subjects floor goes under them. With the eight
     * documents of annotM (session 11: IOM Haiti, Mexico and a Latin American round-up, UNDP Fiji twice,
     * Peru and Jamaica, a Trust Fund for Human Security grant), annotated and committed before any run,
     * and the learnt model retrained on the 149: agencies 0.988, countries 0.986, resolutions 0.977,
     * programmes 0.833, partners 0.876, periods 0.990, overall 0.942, subjects 0.966, interventions 0.829
     * (L and M alone, main's mapper before the retraining: programmes 0.628, partners 0.791, overall
     * 0.862): the programmes floor goes just under them. After the merges of session 11 (rulesL's
     * programme rules, rulesM's partner and country rules, a year before a list of countries, "from
     * MONTH YEAR"), 149 documents: agencies 0.990, countries 0.989, resolutions 0.977, programmes 0.853,
     * partners 0.897, periods 0.992, overall 0.950, subjects 0.966, interventions 0.829: the floors of
     * programmes, partners, periods and overall go up to just under them. With the 39 documents of
     * annotN, annotO and annotP (session 12: UN work in Latin America and Cabo Verde, South and Central
     * Asia and Eastern Europe, Africa and Iraq), annotated and committed before any run, the rules of
     * session 12 (written from N and O only) and the learnt model retrained on the 188: agencies 0.990,
     * countries 0.986, resolutions 0.978, programmes 0.805, partners 0.874, periods 0.985, overall 0.932,
     * subjects 0.957, interventions 0.839 (the 39 alone, main's mapper before session 12's rules:
     * programmes 0.639, partners 0.796, overall 0.854): the floors of programmes, partners, periods,
     * overall and subjects go just under them. With the 36 documents of annotQ, annotR and annotS
     * (session 13: UN work in East Asia and the Pacific; the Western Balkans, the Caucasus, Türkiye, the
     * Caribbean and North Africa; the Middle East, the Gulf and Sudan), annotated and committed before
     * any run, the rules of session 13 (written from Q and R only) and the learnt model retrained on the
     * 224: agencies 0.990, countries 0.983, resolutions 0.975, programmes 0.813, partners 0.867, periods
     * 0.979, overall 0.927, subjects 0.953, interventions 0.850 (Q and R alone, main's mapper before
     * session 13's rules: programmes 0.712, partners 0.819, overall 0.881; S alone, held out: 0.909): the
     * floors of partners, periods, overall and subjects go just under them, the new documents being harder.
     * With the 60 documents of annotU to annotY (session 14: smaller UN entities' global and regional work;
     * Asia and the Pacific; French-speaking Africa and Haiti; the Secretary-General's reports and
     * inter-agency mechanisms; Europe, Central Asia and Latin America in Spanish and Portuguese), each
     * annotated and committed before any run and measured held out first, the rules of session 14
     * (Romance names in sentence case, Romance programme heads, divisions, a country in a known name's
     * first word) and the learnt model retrained on the 284: agencies 0.990, countries 0.987, resolutions
     * 0.976, programmes 0.799, partners 0.845, periods 0.971, overall 0.920, subjects 0.949, interventions
     * 0.855 (the 60 alone, session 13's mapper: overall 0.871 for U, V and W, 0.886 for X, 0.868 for Y):
     * the floors of programmes, partners, overall and subjects go just under them.
     * Session 15, with rounds Z, AA and AB (36 documents: English-speaking Africa, technology, work, media and sport,
     * Central America, the Andes and the Caribbean), each measured first with session 14's mapper (Z 0.883, AA 0.858,
     * AB 0.855), the rules written from Z and AB, and the learnt model retrained on the 320: agencies 0.988, countries
     * 0.987, resolutions 0.978, programmes 0.790, partners 0.837, periods 0.972, overall 0.916, subjects 0.948,
     * interventions 0.861: the floors of programmes and partners go just under them. With rounds AC and AD (24
     * documents: the Pacific and South Asia; Eastern Europe, the Arab States and North Africa; measured first with
     * that session's later mapper: AC 0.873, AD 0.906), the rules written from the five rounds, and the model retrained
     * on the 344: agencies 0.987, countries 0.986, resolutions 0.979, programmes 0.792, partners 0.839, periods 0.972,
     * overall 0.916, subjects 0.946, interventions 0.865. With round AE (12 documents across regions, measured
     * first with that session's last rules and never read before: 0.854, as with the session's first jar), the rules
     * from it, and the model retrained on the 356: agencies 0.988, countries 0.986, resolutions 0.979, programmes
     * 0.786, partners 0.839, periods 0.971, overall 0.915, subjects 0.946, interventions 0.867.
     * Session 16, with rounds AF and AG (24 documents: South Asia, the Middle East and North Africa; Southern and
     * East Africa, French-speaking West Africa, the Pacific, Brazil and Mozambique in Portuguese), each measured
     * first with the session's first mapper (AF 0.880, AG 0.795), and the rules written from them (Portuguese
     * dates and labels, French and Portuguese resolutions, French lowercase adjectives, the Resident Coordinator
     * as DCO, owner-prefixed and country programmes, Portuguese names in lists): agencies 0.991, countries 0.986,
     * resolutions 0.979, programmes 0.786, partners 0.835, periods 0.971, overall 0.914, subjects 0.949,
     * interventions 0.871.
     * Session 17, with rounds AH and AI (24 documents: Central Asia, the South Caucasus and South-East Asia; Latin
     * America and the Caribbean, half in Spanish), each measured first with the session's first mapper (AH 0.854, AI
     * 0.844), and the rules written from them (lists in committees' names and after a last comma, AIDS in Romance
     * text, quoted project titles, civil society reference groups, organisations of a kind after "and"): agencies
     * 0.992, countries 0.985, resolutions 0.979, programmes 0.787, partners 0.835, periods 0.970, overall 0.913,
     * subjects 0.947, interventions 0.867. With rounds AJ and AK (24 documents: French-speaking Africa and Haiti, two
     * thirds in French; Asia and the Middle East), measured first with the session's first jar and with its rules so
     * far (AJ 0.795 and 0.799, AK 0.889 and 0.889), then one-month inventory entries and French plural labels of
     * gender-based violence: agencies 0.991, countries 0.985, resolutions 0.980, programmes 0.778, partners 0.834,
     * periods 0.970, overall 0.911, subjects 0.941, interventions 0.866: the programmes floor goes just under them.
     * Session 18, with rounds AL and AM (24 documents: the Portuguese-speaking countries, half in Portuguese; the
     * Pacific, the Western Balkans, Ukraine and Moldova), each measured first with the session's mapper (AL 0.814, AM
     * 0.899), then Portuguese full dates after "a" and the Portuguese names of agencies, the EU and countries, and the
     * model retrained on the 452: agencies 0.991, countries 0.984, resolutions 0.980, programmes 0.775, partners 0.834,
     * periods 0.971, overall 0.910, subjects 0.942, interventions 0.866: the overall floor goes just under it.
     * Session 19, with rounds AN and AO (24 documents: the sector work of specialised agencies, in any region; French-
     * speaking Africa and Haiti, half in French), each measured first with the session's mapper (AN 0.873, AO 0.820),
     * then French resolutions cited body first, sentences the address check took for addresses, acronyms spelled past
     * small words, lists of a ministry's fields ending "and the …", dates after a weekday and between two days, hashtags
     * after slogans, and the model retrained on the 476: agencies 0.992, countries 0.986, resolutions 0.981, programmes
     * 0.780, partners 0.831, periods 0.971, overall 0.910, subjects 0.942, interventions 0.865: the floors stand.
     * Session 20, with rounds AP, AQ and AR (36 documents: partnerships with companies, universities and donors in Asia and
     * Latin America; the Arab States and North Africa, a third in French; Central Asia, Moldova and the Pacific), each
     * measured first with the session's mapper (AP 0.851, AQ 0.845, AR 0.892), then programmes named by one acronym after
     * their owner, hospitals named head first, French and Spanish ministries under a plural head, security forces named by
     * head and adjective, and the model retrained on the 512: agencies 0.992, countries 0.984, resolutions 0.981,
     * programmes 0.783, partners 0.833, periods 0.969, overall 0.910, subjects 0.941, interventions 0.859: the floors stand.
     * Then rounds AS and AT (24 documents: East and Southern Africa; Latin America and the Caribbean, half in Spanish or
     * Portuguese), held out first (AS 0.870, AT 0.863), and the rules written after them, 536 documents: periods 0.969
     * (the new documents' dates are harder: days named by weekday, months left to the article's date): the periods
     * floor goes to 0.965, just under it.
     * Session 21, with rounds AU to BA (84 documents: South and South-East Asia; French-speaking West and Central Africa;
     * global programmes and companies; the Maghreb, Haiti and Benin in French; the Western Balkans, Belarus and Azerbaijan;
     * the Pacific and the Caribbean; Spanish-speaking South America), each held out first (AU 0.943, AV 0.855, AW 0.913,
     * AX 0.866, AY 0.886, AZ 0.875, BA 0.903), then quoted titles after a project's code, a phase or a funder, French
     * joint programmes in sentence case, lowercase Romance governments, French "a" before a participle, a body named with
     * and without its state, French labels of sexual exploitation and abuse, and the model retrained on the 620: agencies
     * 0.993, countries 0.983, resolutions 0.982, programmes 0.787, partners 0.834, periods 0.968, overall 0.910, subjects
     * 0.941, interventions 0.849: the floors stand.
     * Session 22, with rounds BB to BG (72 documents: East Africa, the Horn and the Middle East; Portuguese-speaking
     * countries and Central Asia, half in Portuguese; Central America and Mexico, most in Spanish; Afghanistan, Pakistan,
     * Bangladesh, Tajikistan and Moldova; French-speaking Africa, most in French; Southern Africa and the Great Lakes),
     * each held out first (BB 0.889, BC 0.834, BD 0.853, BE 0.902, BF 0.865, BG 0.907), then registered names in quotes
     * after the bare word for their kind ("the NGO \"…\"") or after a descriptive name ("the Legal Center of Women's
     * Initiatives \"…\""), agreements that are no organisations, the funder written onto a participle ("EU-funded"),
     * Spanish social security funds and colleges named head first, governments under a Romance plural head, Romance
     * bodies named with and without their state, a head's or a ministry acronym's possessive before a unit, quoted titles
     * after an acronym in brackets or a Romance head and its adjective, a proper name of several words ending a French
     * sentence-case name ("… de Côte d'Ivoire"), "humains" as an adjective, a sentence that opens with "L'" and a head,
     * the Open Society Initiatives as partners, and double quotes folded when names are compared: agencies 0.993,
     * countries 0.985, resolutions 0.981, programmes 0.785, partners 0.834, periods 0.966, overall 0.909, subjects 0.938,
     * interventions 0.845 (the names model retrained on the 692; the default recognition is the rules alone). The
     * subjects floor goes to 0.93: the new documents' subjects are harder (the 620 alone give 0.941 as before).
     * Session 23, with rounds BH to BO (96 documents: South-East Asia and the Pacific; the Western Balkans, Eastern Europe
     * and the Caucasus; French-speaking countries outside West Africa, most in French; UN Secretariat departments and
     * specialized agencies at headquarters; English-speaking West Africa and the Caribbean; Spanish-speaking South America,
     * most in Spanish; India, Nepal, Sri Lanka, Bhutan and the Maldives; the Arab States), each held out first (BH 0.876,
     * BI 0.859, BJ 0.811, BK 0.901, BL 0.856, BM 0.824, BN 0.882, BO 0.920), then Romance town halls, courts, embassies,
     * divisions and head offices, funds as programmes, plans an organisation runs, cabinets, stations, prisons and houses,
     * courts named together, a post's title or a person after "and", a bare "the" between phrases, programmes framed by
     * "under the", owners' programmes with small words, states' task forces as partners: agencies 0.992, countries 0.984,
     * resolutions 0.982, programmes 0.785, partners 0.839, periods 0.965, overall 0.910, subjects 0.934, interventions 0.835 (names model retrained on
     * the 788). The floors stand.
     *
     * <p>Session 24: sixteen rounds of twelve (BP to CE: Mexico and Central America, East and Southern Africa, peace
     * operations, trafficking, technology-facilitated violence, health, the Pacific, Central Asia, French-speaking West
     * and Central Africa, food security, sport and education, finance, Pakistan and Bangladesh, Ukraine and Moldova, the
     * Caribbean, labour migration), each held out first (0.808 to 0.919 overall; the 144 of the first twelve rounds 0.870
     * together). The session's start mapper on the 980: programmes 0.768, partners 0.826, periods 0.963, overall 0.903;
     * after the session's rules (acronym definitions that bound names, Romance ministries' lowercase fields, "under the
     * President", topics' acronyms, country abbreviations and others): agencies 0.992, countries 0.982, resolutions 0.984,
     * programmes 0.770, partners 0.832, periods 0.963, overall 0.905, subjects 0.934, interventions 0.825 (names model
     * retrained on the 980). The floors of programmes, partners, periods and overall go just under them: the new
     * documents are harder (their dates inferred more often, their names in more languages), not the mapper worse.
     *
     * <p>Session 25: eight rounds of twelve (CF to CM: justice and rule of law, indigenous and rural women in Latin
     * America, data and statistics, the Indian Ocean and Lusophone Africa, the Lake Chad Basin, Iraq to Palestine, women
     * facing several forms of discrimination, violence in politics and elections), each held out first (0.811 to 0.905
     * overall; the 96 together 0.869). The session's start mapper on the 1076: programmes 0.759, partners 0.832, periods
     * 0.962, overall 0.903; after the session's rules (quoted titles, Romance heads and governments, plural heads over
     * lists, organisations whose names end in a programme's head): agencies 0.991, countries 0.982, resolutions 0.985,
     * programmes 0.768, partners 0.833, periods 0.962, overall 0.905, subjects 0.930, interventions 0.820 (names model
     * retrained on the 1076). The floors of programmes, periods, subjects and interventions go just under them.
     * Then four more rounds (CN to CQ: disasters, Europe and North America, East Asia, PSEA), held out with the start and
     * the end mapper alike (0.836 overall both) and merged unread: 1124 documents, programmes 0.761, partners 0.830,
     * periods 0.958, overall 0.902, subjects 0.928, interventions 0.820 (names model retrained on the 1124): the floors
     * of programmes, periods, overall and subjects go just under them.
     * Session 26: the clusters and the list-peer reading, then rounds CR (humanitarian coordination) and CS (education)
     * held out (CR 0.854 -> 0.858, CS 0.845 -> 0.845, start -> end mapper) and merged, then networks against sexual
     * exploitation and abuse as programmes: 1148 documents, programmes 0.761,
     * partners 0.830, periods 0.958, overall 0.902, subjects 0.928, interventions 0.819; the floors hold. With rounds CT
     * (economic empowerment) and CU (online violence, media) merged after their held-out measure: 1172 documents,
     * programmes 0.760, partners 0.829, periods 0.958, overall 0.902, subjects 0.927, interventions 0.818 (the session's
     * start mapper on the same 1172: 0.758, 0.827, 0.958, 0.901); the floors hold.
     * Session 27: rounds CV (men, faith and traditional leaders), CW (regional organisations) and CX (the Horn of Africa
     * and Sudan) held out (0.823, 0.886, 0.900 overall with the start mapper) and merged: 1208 documents, programmes
     * 0.762, partners 0.830, periods 0.958, overall 0.903, subjects 0.928, interventions 0.816 (start mapper on the same
     * 1208: 0.758, 0.827, 0.958, 0.901); the floors hold. Then rounds CY (shelters, helplines, referral), CZ (access
     * to justice) and DA (donor-funded projects) held out (0.820 -> 0.824, 0.848 -> 0.848, 0.922 -> 0.925, start -> end
     * mapper) and merged: 1244 documents, programmes 0.762, partners 0.830, periods 0.959, overall 0.903, subjects 0.928,
     * interventions 0.816 (start mapper: 0.757, 0.825, 0.959, 0.900); the floors hold. Then rounds DB (accountability
     * for conflict-related sexual violence), DC (South America, in Spanish and Portuguese) and DD (smaller and specialised
     * entities) held out (0.836 -> 0.836, 0.857 -> 0.861, 0.826 -> 0.830) and merged: 1280 documents, programmes 0.761,
     * partners 0.827, periods 0.957, overall 0.901, subjects 0.927, interventions 0.813 (start mapper: 0.756, 0.822,
     * 0.957, 0.899, 0.927, 0.812): the interventions floor goes to 0.81, under both.
     * Session 28: rounds DE to DJ (national institutions, West and Central Africa's coastal states, South and South-East
     * Asia's civil society, programmes of many shapes, Eastern and Southern Africa, Europe and Central Asia), each held
     * out first (0.880 to 0.914 overall with the start mapper), merged: 1352 documents. The rules alone (this test's
     * mapper) at the session's end: agencies 0.990, countries 0.981, resolutions 0.986, programmes 0.771, partners
     * 0.833, periods 0.957, overall 0.904, subjects 0.927, interventions 0.814 (the session's rules and reference data:
     * +0.008 programmes, +0.006 partners); the floors of programmes, partners and overall go just under them.
     * Session 29 (no new documents; rules for units named with their owner's possessive, a known organisation's office
     * with its seat, bare bodies, theme lists): programmes 0.773, partners 0.836, overall 0.905, the rest as before;
     * the programmes' floor goes to 0.77.
     * Session 34 (no new documents; the gold's consistency pass, 50 files, `check-gold`): programmes 0.779, partners
     * 0.839, overall 0.907, the rest as before; the floors hold.
     */
    @Override Map<String, Double> floors() {
        return Map.of("agencies", 0.98, "countries", 0.98, "resolutions", 0.97, "programmes", 0.77, "partners", 0.83,
                "periods", 0.95);
    }

    @Override double overallFloor() { return 0.90; }

    /** Measured 0.927 and 0.813 on 1280 documents (session 27; 0.928 and 0.816 on 1244), 0.928 and 0.820 on 1124 documents (session 25; 0.930 and 0.820 on 1076), 0.934 and 0.825 on 980 documents (session 24), 0.934 and 0.835 on 788 documents (session 23), 0.938 and 0.845 on 692 documents (session 22), 0.941 and 0.849 on 620 (session 21), 0.949 and 0.871 on 380 documents (session 16), 0.946 and 0.867 on 356 documents (session 15), 0.946 and 0.865 on 344, 0.948 and 0.861 on 320, 0.949 and 0.855 on 284 documents (session 14), 0.953 and 0.850 on 224 documents (session 13), 0.957 and 0.839 on 188 documents (session 12), 0.965 and 0.828 on 141 documents (annotL), 0.967 and 0.822 on 131 documents (annotK), 0.967 and 0.830 on 121 documents (annotJ), 0.968 and 0.841 on 113 documents (annotI), 0.975 and 0.852 on 105 documents (annotH), 0.979 and 0.858 on 97 documents (session 8), 0.978 and 0.870 on 87 documents after rules8 (0.975 and 0.860 before), 0.978 and 0.885 on 67 (0.981 and 0.884 on 47, 0.982 and 0.878 on 37, 0.979 and 0.885 on 31, 0.989 and 0.921 on 22). */
    @Override Map<String, Double> classificationFloors() { return Map.of("subjects", 0.92, "interventions", 0.81); }
}
