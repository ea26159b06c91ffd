package org.evaw.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.evaw.mapping.iri.Slugs;
import org.evaw.mapping.recognise.EntityType;

/**
 * Writes one synthetic inventory page and its gold annotations. A page has one of the three
 * layouts of the inventory: an agency profile (title, address, Background, Policy framework,
 * Areas of Work, Resources with publications and activities, some behind "View More" previews),
 * an inventory record (labelled fields with GUIDs, then dated entries {@code Mar 2013 - Feb 2014 |
 * UNODC}), or a search listing. Everything is drawn from one {@link SplittableRandom} seeded
 * from the corpus seed and the page's index, so a page is the same whatever else is generated.
 */
public final class PageGenerator {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"};
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final ReferenceNames names;
    private final Templates templates;
    private final Zipf<Named> agencies;
    private final Zipf<Named> programmes;
    private final Zipf<Named> partners;
    private final List<Named> countries;
    private final List<Named> places;
    private final List<Named> instruments;
    private final List<String[]> resolutionForms;
    private final List<String[]> wellKnownResolutions;

    public PageGenerator(ReferenceNames names, Templates templates) {
        this.names = names;
        this.templates = templates;
        this.agencies = new Zipf<>(names.of(EntityType.AGENCY), 1.0);
        this.programmes = new Zipf<>(names.of(EntityType.PROGRAMME), 0.8);
        this.partners = new Zipf<>(names.of(EntityType.PARTNER), 0.8);
        this.countries = names.of(EntityType.COUNTRY);
        this.places = names.of(EntityType.PLACE);
        this.instruments = names.of(EntityType.INSTRUMENT);
        this.resolutionForms = templates.section("resolution-forms").stream().map(l -> l.split("\t", 2)).toList();
        this.wellKnownResolutions = templates.section("well-known-resolutions").stream().map(l -> l.split("\t", 2)).toList();
    }

    /** Page {@code index} of the corpus generated from {@code seed}, named for a corpus of {@code total} pages. */
    public GeneratedPage generate(long seed, int index, int total) {
        SplittableRandom random = new SplittableRandom(mix(seed + GOLDEN * (index + 1L)));
        int width = Math.max(3, Integer.toString(Math.max(total - 1, 0)).length());
        String id = String.format(Locale.ROOT, "%0" + width + "d_%016x", index, random.nextLong());
        Page page = new Page(random);
        double layout = random.nextDouble();
        if (layout < 0.4)
            page.profile();
        else if (layout < 0.75)
            page.record();
        else
            page.listing();
        return new GeneratedPage(id + ".txt", page.text.toString(), page.truth.toJson(id + ".txt"));
    }

    /** Stafford's variant 13 of the 64-bit finaliser, as SplittableRandom uses: spreads nearby seeds apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One page being written: its text, its truth, and the draws that decide both. */
    private final class Page {
        final SplittableRandom random;
        final StringBuilder text = new StringBuilder();
        final Truth truth = new Truth();
        final Named agency;
        final String separator;

        Page(SplittableRandom random) {
            this.random = random;
            this.agency = agencies.draw(random);
            this.separator = random.nextBoolean() ? "\n" : "\n\n";
        }

        void profile() {
            line(agency.label());
            truth.agency(agency);
            text.append('\n');
            line(pick("address"));
            heading("Background");
            paragraphs("background", 1, 2, 2, 3);
            heading(random.nextBoolean() ? "Policy framework" : "Policy Framework");
            line(render(pick("policy")));
            heading(random.nextBoolean() ? "Areas of Work" : "Areas of Focus");
            paragraphs("areas", 1, 3, 1, 2);
            heading("Resources");
            line("Please refer to this webpage which has the full list of " + shortName(agency)
                    + " tools and resources: https://www.example.org/" + Slugs.slug(agency.code()) + "/resources.html");
            int publications = random.nextInt(0, 7);
            for (int i = 0; i < publications; i++)
                line("  \u2022 " + render(pick("publication")));
            int activities = random.nextInt(3, 16);
            for (int i = 0; i < activities; i++)
                activity(true);
        }

        void record() {
            line(shortName(agency));
            truth.agency(agency);
            heading("Address/Websites");
            String address = pick("address");
            int comma = address.indexOf(", ");
            line(comma > 0 ? address.substring(0, comma) : address);
            if (comma > 0)
                line(address.substring(comma + 2));
            heading("Background");
            paragraphs("background", 1, 2, 2, 3);
            heading("Areas of Focus");
            paragraphs("areas", 1, 2, 1, 2);
            heading("Item ID");
            line(guid());
            heading("UNAgency ID");
            line(guid());
            heading("Policy Framework");
            line(render(pick("policy")));
            heading("Resources");
            line("https://www.example.org/" + Slugs.slug(agency.code()));
            heading("Mail Address");
            line(pick("address"));
            heading("Areas of Work");
            paragraphs("areas", 1, 2, 1, 2);
            heading("Agency Type");
            line(pick("agency-type"));
            heading("Title");
            line(agency.label());
            heading("Icon");
            line(shortName(agency));
            int entries = random.nextInt(3, 16);
            for (int i = 0; i < entries; i++) {
                text.append(separator);
                line(period());
                text.append(separator);
                activity(false);
            }
        }

        void listing() {
            line("Search");
            int activities = random.nextInt(5, 26);
            for (int i = 0; i < activities; i++)
                activity(true);
        }

        /** One activity paragraph, sometimes behind a truncated preview and "View More". */
        private void activity(boolean mayPreview) {
            StringBuilder paragraph = new StringBuilder(render(pick("activity")));
            int more = random.nextInt(0, 3);
            List<String> added = new ArrayList<>();
            while (added.size() < more) {
                String template = pick("activity-more");
                if (!added.contains(template))
                    added.add(template);
            }
            for (String template : added)
                paragraph.append(' ').append(render(template));
            String full = paragraph.toString();
            if (mayPreview && full.length() > 120 && random.nextDouble() < 0.3) {
                int cut = random.nextInt(60, Math.min(full.length() - 20, 220));
                line(full.substring(0, cut));
                line("View More" + full);
            } else {
                line(full);
            }
        }

        /** A dated entry header, {@code Mar 2013 - Feb 2014 | UNODC}, recorded as a period. */
        private String period() {
            int year = random.nextInt(2005, 2024);
            int month = random.nextInt(1, 13);
            int length = random.nextInt(2, 15);
            int endMonth = month + length - 1;
            int endYear = year + (endMonth - 1) / 12;
            endMonth = (endMonth - 1) % 12 + 1;
            String label = monthName(month) + " " + year + " - " + monthName(endMonth) + " " + endYear;
            truth.period(label, String.format(Locale.ROOT, "%04d-%02d", year, month),
                    String.format(Locale.ROOT, "%04d-%02d", endYear, endMonth));
            truth.agency(agency);
            return label + " | " + shortName(agency);
        }

        private String monthName(int month) {
            return month == 9 && random.nextBoolean() ? "Sep" : MONTHS[month - 1];
        }

        private void paragraphs(String section, int minParagraphs, int maxParagraphs, int minSentences, int maxSentences) {
            int n = random.nextInt(minParagraphs, maxParagraphs + 1);
            for (int i = 0; i < n; i++) {
                int sentences = random.nextInt(minSentences, maxSentences + 1);
                List<String> chosen = new ArrayList<>();
                while (chosen.size() < sentences) {
                    String template = pick(section);
                    if (!chosen.contains(template))
                        chosen.add(template);
                }
                StringBuilder paragraph = new StringBuilder();
                for (String template : chosen)
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(render(template));
                line(paragraph.toString());
            }
        }

        private void heading(String heading) {
            text.append(separator);
            line(heading);
            text.append(separator.length() > 1 ? "\n" : "");
        }

        private void line(String line) {
            text.append(line).append('\n');
        }

        /** Fills a template's placeholders, recording each entity named in the order the text names it. */
        private String render(String template) {
            StringBuilder out = new StringBuilder();
            List<Named> countriesHere = new ArrayList<>();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                out.append(template, i, open);
                String placeholder = template.substring(open + 1, close);
                boolean article = placeholder.startsWith("the:");
                out.append(fill(article ? placeholder.substring(4) : placeholder, article, countriesHere));
                i = close + 1;
            }
            return out.toString();
        }

        private String fill(String placeholder, boolean article, List<Named> countriesHere) {
            return switch (placeholder) {
                case "agency" -> {
                    truth.agency(agency);
                    yield withArticle(nameOf(agency), article);
                }
                case "other-agency" -> {
                    Named other = agencies.draw(random);
                    while (other == agency)
                        other = agencies.draw(random);
                    truth.agency(other);
                    yield withArticle(nameOf(other), article);
                }
                case "country", "country2" -> countryOrPlace(countriesHere);
                case "countries" -> {
                    int n = random.nextInt(2, 6);
                    List<String> written = new ArrayList<>();
                    for (int k = 0; k < n; k++)
                        written.add(countryOrPlace(countriesHere));
                    yield String.join(", ", written.subList(0, n - 1)) + " and " + written.get(n - 1);
                }
                case "programme" -> {
                    Named programme = programmes.draw(random);
                    truth.programme(programme.label());
                    yield withArticle(nameOf(programme), article);
                }
                case "partner" -> {
                    if (random.nextDouble() < 0.3) {
                        String national = pick("national-partner");
                        truth.partner(national);
                        yield withArticle(national, article);
                    }
                    Named partner = partners.draw(random);
                    truth.partner(partner.label());
                    yield withArticle(nameOf(partner), article);
                }
                case "resolutions" -> resolutions();
                case "instrument" -> withArticle(nameOf(instruments.get(random.nextInt(instruments.size()))), true);
                case "number" -> Integer.toString(random.nextInt(12, 901));
                case "year" -> Integer.toString(random.nextInt(2005, 2025));
                default -> throw new IllegalStateException("unknown placeholder {" + placeholder + "} in templates.txt");
            };
        }

        /** A country, or one time in five a place inside one; never one already named in the sentence. */
        private String countryOrPlace(List<Named> countriesHere) {
            while (true) {
                Named entity = random.nextDouble() < 0.2 && !places.isEmpty()
                        ? places.get(random.nextInt(places.size()))
                        : countries.get(random.nextInt(countries.size()));
                Named country = names.countryOf(entity);
                if (countriesHere.contains(country))
                    continue;
                countriesHere.add(country);
                truth.country(country);
                return nameOf(entity);
            }
        }

        private String resolutions() {
            int n = random.nextInt(1, 4);
            List<String> written = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String[] resolution = random.nextDouble() < 0.6
                        ? wellKnownResolutions.get(random.nextInt(wellKnownResolutions.size()))
                        : new String[] {null, null};
                String series = resolution[0] != null ? resolution[0] : randomSeries();
                String number = resolution[1] != null ? resolution[1] : randomNumber(series);
                List<String[]> forms = resolutionForms.stream().filter(f -> f[0].equals(series)).toList();
                String form = forms.get(random.nextInt(forms.size()))[1];
                truth.resolution(symbolPrefix(series) + number);
                written.add(form.replace("{n}", number));
            }
            return n == 1 ? written.get(0) : String.join(", ", written.subList(0, n - 1)) + " and " + written.get(n - 1);
        }

        private String randomSeries() {
            double x = random.nextDouble();
            return x < 0.45 ? "ga" : x < 0.7 ? "sc" : x < 0.8 ? "ecosoc" : x < 0.88 ? "hrc" : x < 0.95 ? "ccpcj" : "csw";
        }

        private String randomNumber(String series) {
            return switch (series) {
                case "ga" -> random.nextInt(40, 80) + "/" + random.nextInt(1, 331);
                case "sc" -> Integer.toString(random.nextInt(1000, 2751));
                case "ecosoc" -> random.nextInt(1990, 2025) + "/" + random.nextInt(1, 61);
                case "hrc" -> random.nextInt(1, 59) + "/" + random.nextInt(1, 46);
                case "ccpcj" -> random.nextInt(1, 34) + "/" + random.nextInt(1, 13);
                case "csw" -> random.nextInt(40, 69) + "/" + random.nextInt(1, 13);
                default -> throw new IllegalStateException("unknown resolution series " + series);
            };
        }

        private String symbolPrefix(String series) {
            return switch (series) {
                case "ga" -> "A/RES/";
                case "sc" -> "S/RES/";
                case "ecosoc" -> "E/RES/";
                case "hrc" -> "A/HRC/RES/";
                case "ccpcj" -> "E/CN.15/RES/";
                case "csw" -> "E/CN.6/RES/";
                default -> throw new IllegalStateException("unknown resolution series " + series);
            };
        }

        private String nameOf(Named entity) {
            return entity.names().get(random.nextInt(entity.names().size()));
        }

        /** The acronym a record's title, icon and entry headers give, where it names the agency alone. */
        private String shortName(Named agency) {
            return agency.names().contains(agency.code()) ? agency.code() : agency.label();
        }

        private String pick(String section) {
            List<String> lines = templates.section(section);
            return lines.get(random.nextInt(lines.size()));
        }

        private String guid() {
            String hex = String.format(Locale.ROOT, "%016X%016X", random.nextLong(), random.nextLong());
            return "{" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20, 32) + "}";
        }
    }

    private static String withArticle(String name, boolean article) {
        boolean acronym = name.codePoints().filter(Character::isUpperCase).count() >= 2
                && name.codePoints().noneMatch(Character::isWhitespace);
        return article && !acronym ? "the " + name : name;
    }
}
