// Which form a count takes in a language (Intl.PluralRules): "1 building breaks", "2 buildings break".
type PluralForms = Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>> & { other: string };

const rulesByLocale = new Map<string, Intl.PluralRules>();

/** The form for `count` in `locale`: an exact `=n` form first, then the locale's category, then `other`. */
export function pluralForm(locale: string, count: number, forms: PluralForms): string {
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms[`=${count}`] ?? forms[rules.select(count)] ?? forms.other;
}
