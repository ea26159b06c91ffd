package org.evaw.mapping.recognise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The series of UN resolutions and how their document symbols are written: General Assembly
 * {@code A/RES/65/228}, Security Council {@code S/RES/1325}, ECOSOC {@code E/RES/2005/20},
 * Human Rights Council {@code A/HRC/RES/53/23}, and the functional commissions of ECOSOC
 * ({@code E/CN.15/RES/18/1} for CCPCJ, {@code E/CN.6/RES/56/3} for CSW, {@code E/CN.4/RES/2003/45}
 * for the former Commission on Human Rights), and the World Health Assembly's {@code WHA67.15}.
 * The Assembly and the two Councils are named in French, Spanish and Portuguese too ("Conseil de
 * sécurité", "Asamblea General", "Conselho de Segurança"), as pages in those languages cite them.
 */
enum ResolutionSeries {
    GENERAL_ASSEMBLY("general-assembly", "A/RES/", "General Assembly|UNGA|GA|Assembl[\u00E9e]e g[\u00E9e]n[\u00E9e]rale|Asamblea General|Assembleia Geral"),
    SECURITY_COUNCIL("security-council", "S/RES/", "Security Council|UNSC|SC|Conseil de s[\u00E9e]curit[\u00E9e]|Consejo de Seguridad|Conselho de Seguran[\u00E7c]a"),
    ECOSOC("ecosoc", "E/RES/", "Economic and Social Council|ECOSOC"),
    HUMAN_RIGHTS_COUNCIL("hrc", "A/HRC/RES/", "Human Rights Council|UNHRC|HRC|Conseil des droits de l['\u2019]homme|Consejo de Derechos Humanos|Conselho de Direitos Humanos"),
    COMMISSION_ON_HUMAN_RIGHTS("chr", "E/CN.4/RES/", "Commission on Human Rights|CHR"),
    CCPCJ("ccpcj", "E/CN.15/RES/",
            "Commission on Crime Prevention and Criminal Justice|CCPCJ"),
    CSW("csw", "E/CN.6/RES/", "Commission on the Status of Women|CSW"),
    CND("cnd", "E/CN.7/RES/", "Commission on Narcotic Drugs|CND"),
    WORLD_HEALTH_ASSEMBLY("wha", "WHA", "World Health Assembly|WHA");

    /** Every series' names, for building patterns. */
    static final String ANY_BODY;
    static {
        StringBuilder sb = new StringBuilder();
        for (ResolutionSeries s : values())
            sb.append(sb.isEmpty() ? "" : "|").append(s.names);
        ANY_BODY = "(?:" + sb + ")";
    }

    final String bodyKey;
    final String symbolPrefix;
    private final String names;
    private final Pattern namePattern;

    ResolutionSeries(String bodyKey, String symbolPrefix, String names) {
        this.bodyKey = bodyKey;
        this.symbolPrefix = symbolPrefix;
        this.names = names;
        this.namePattern = Pattern.compile("(?:" + names + ")", Pattern.CASE_INSENSITIVE);
    }

    static Optional<ResolutionSeries> ofBodyName(String name) {
        for (ResolutionSeries s : values()) {
            if (s.namePattern.matcher(name.strip()).matches())
                return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The series a symbol prefix such as {@code a/res/} or {@code E/CN.15/RES/} belongs to. */
    static Optional<ResolutionSeries> ofSymbolPrefix(String prefix) {
        String p = prefix.toUpperCase(Locale.ROOT);
        for (ResolutionSeries s : values()) {
            if (s.symbolPrefix.equals(p))
                return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The symbol for a resolution number, or empty when the number does not fit the series. */
    Optional<String> symbol(String number) {
        boolean sessional = number.contains("/");
        boolean dotted = number.contains(".");
        boolean fits = switch (this) {
            case SECURITY_COUNCIL -> !sessional && !dotted;
            case WORLD_HEALTH_ASSEMBLY -> dotted;
            default -> sessional;
        };
        return fits ? Optional.of(symbolPrefix + number) : Optional.empty();
    }
}
