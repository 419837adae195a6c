// "Асан кызы" / "Асан уулу": a father's name standing in for a surname.
const PATRONYMIC_MARK = /^(уулу|кызы|uulu|kyzy)$/i;

/**
 * The given name in a full name written the way the member registry writes it, surname first:
 * "Осмонова Айгүл", "Осмонова Айгүл Асановна", "Асан кызы Айгүл". A single word is returned whole.
 */
export function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const afterSurname = words[1] !== undefined && PATRONYMIC_MARK.test(words[1]) ? 2 : 1;
  return words[afterSurname] ?? words[0] ?? "";
}
