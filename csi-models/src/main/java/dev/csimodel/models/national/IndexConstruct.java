package dev.csimodel.models.national;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A construct of a predefined national index model: its canonical code, its names for reports
 * and the items of the standard questionnaire that measure it.
 *
 * @param code          the canonical construct name used in paths and bindings, e.g. {@code SAT}
 * @param englishName   the English name, e.g. "Customer satisfaction"
 * @param chineseName   the Chinese name used in the model's national standard, or {@code null}
 *                      when the model has none
 * @param optional      true if a binding may leave the construct out (e.g. complaints, which
 *                      many surveys do not ask)
 * @param standardItems short descriptions of the standard questionnaire items
 */
public record IndexConstruct(String code, String englishName, String chineseName, boolean optional,
                             List<String> standardItems) {

    /**
     * Copies the list of standard items.
     * @param code the canonical construct name used in paths and bindings, e.g. {@code SAT}
     * @param englishName the English name, e.g. "Customer satisfaction"
     * @param chineseName the Chinese name used in the model's national standard, or {@code null}
     * when the model has none
     * @param optional true if a binding may leave the construct out (e.g. complaints, which
     * many surveys do not ask)
     * @param standardItems short descriptions of the standard questionnaire items
     */
    public IndexConstruct {
        standardItems = List.copyOf(standardItems);
    }

    /** @return the Chinese name, if the model defines one */
    public Optional<String> chinese() {
        return Optional.ofNullable(chineseName);
    }

    /**
     * @return the Chinese name for a Chinese locale when the model has one, the English name
     *         otherwise
     * @param locale the language of the label; Chinese for {@code Locale.CHINESE}, English otherwise
     */
    public String label(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        return chinese && chineseName != null ? chineseName : englishName;
    }
}
